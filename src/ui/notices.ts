/**
 * Page-wide notices (e.g. "your saved demo data was reset"): a tiny store any layer can push to
 * and the layout shows until dismissed.
 */
import { useSyncExternalStore } from 'react';

export type Notice = {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'success' | 'warning' | 'error';
};

let notices: readonly Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function pushNotice(text: string, tone: Notice['tone'] = 'warning'): void {
  if (notices.some((notice) => notice.text === text)) return;
  notices = [...notices, { id: nextId++, text, tone }];
  emit();
}

export function dismissNotice(id: number): void {
  notices = notices.filter((notice) => notice.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(
    subscribe,
    () => notices,
    () => notices,
  );
}
