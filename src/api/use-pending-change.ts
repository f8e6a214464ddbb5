import { useSyncExternalStore } from 'react';
import { outbox } from './outbox';
import type { PendingChange } from './outbox-entries';

/** The change on its way for this order, if any: the card says "Sending…" or "Queued" until it is answered. */
export function usePendingChange(orderId: string): PendingChange | undefined {
  return useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.pending().get(orderId),
    () => undefined,
  );
}
