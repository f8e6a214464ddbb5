/**
 * The first page of each list the buyer looked at, kept in localStorage, so that a returning
 * buyer sees their orders at once while the list refreshes (stale-while-revalidate). Only the
 * first page of the last few lists is kept; anything unreadable is ignored.
 */
import type { OrderPage } from './get-orders';

const KEY = 'order-restore:list-snapshots';
const VERSION = 1;
const KEEP = 4;

type Snapshot = { key: string; savedAt: number; page: OrderPage };
type Stored = { version: number; snapshots: Snapshot[] };

function read(): Snapshot[] {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return [];
    const stored = JSON.parse(raw) as Stored;
    return stored.version === VERSION && Array.isArray(stored.snapshots) ? stored.snapshots : [];
  } catch {
    return [];
  }
}

export function loadSnapshot(key: string): { page: OrderPage; savedAt: number } | undefined {
  const found = read().find((snapshot) => snapshot.key === key);
  return found && Array.isArray(found.page?.orders)
    ? { page: found.page, savedAt: found.savedAt }
    : undefined;
}

export function saveSnapshot(key: string, page: OrderPage, savedAt: number): void {
  try {
    const snapshots = [
      { key, savedAt, page },
      ...read().filter((snapshot) => snapshot.key !== key),
    ].slice(0, KEEP);
    localStorage.setItem(KEY, JSON.stringify({ version: VERSION, snapshots } satisfies Stored));
  } catch {
    // Full or blocked storage: the list still works, it just will not appear instantly next time.
  }
}

export function clearSnapshots(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
