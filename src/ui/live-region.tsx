/**
 * A polite live region for the whole page: changes the buyer did not cause directly (a seller's
 * answer, a closing window, a selection) are announced to screen readers here.
 */
import { useSyncExternalStore } from 'react';

let message = '';
let counter = 0;
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // Alternating a zero-width suffix makes a repeated message count as a change.
  counter += 1;
  message = counter % 2 === 0 ? text : `${text}\u200b`;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function LiveRegion() {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => message,
  );
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-live-region="">
      {text}
    </div>
  );
}
