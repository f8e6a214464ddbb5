/**
 * The outbox's entries as this browser stores them: their format, and the localStorage they live
 * in. Each entry is its own localStorage item (no read-modify-write of a shared list between
 * tabs); an entry the browser would not store lives in this page's memory instead, and leaving the
 * page then asks first.
 */
import { MAX_RESTORE_ITEMS } from './limits';
import type { RestoreFailureCode, RestoreItem, SingleChange } from './changes';
import { holdUnload } from './unload-guard';
import type { OrderId } from '../domain/ids';

const PREFIX = 'order-restore:outbox:';
const VERSION = 1;

/** "Sending" while someone is sending it; "queued" when it got no answer and waits to be sent again. */
export type OutboxState = 'sending' | 'queued';

/** An order the buyer chose that was not sent, and why (decided before sending). */
export type NotSentItem = { readonly orderId: OrderId; readonly code: RestoreFailureCode };

/** What became of one order of a restore request, as the summary shows it. */
export type RestoreOutcome =
  | { readonly orderId: OrderId; readonly status: 'sent' }
  | {
      readonly orderId: OrderId;
      readonly status: 'failed';
      readonly code: RestoreFailureCode;
      readonly message: string;
    }
  | { readonly orderId: OrderId; readonly status: 'queued' };

type StoredBatch = {
  readonly key: string;
  readonly items: readonly RestoreItem[];
  /** Null until the server has answered this batch. */
  readonly results: readonly RestoreOutcome[] | null;
};

type EntryBase = {
  readonly version: typeof VERSION;
  readonly id: string;
  readonly createdAt: number;
  readonly state: OutboxState;
};

export type SingleEntry = EntryBase & {
  readonly type: 'single';
  readonly change: SingleChange;
  readonly key: string;
};

export type RestoreEntry = EntryBase & {
  readonly type: 'restore';
  readonly message: string;
  readonly notSent: readonly NotSentItem[];
  readonly batches: readonly StoredBatch[];
};

export type OutboxEntry = SingleEntry | RestoreEntry;

export type PendingChange = {
  readonly entryId: string;
  readonly kind: SingleChange['kind'] | 'restore';
  readonly state: OutboxState;
};

export type OutboxStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
> | null;

/** Where new entries get their ids, keys and times. */
type EntrySource = { now: () => number; newKey: () => string };

function base(source: EntrySource): EntryBase {
  return {
    version: VERSION,
    id: `ob-${source.newKey()}`,
    createdAt: source.now(),
    state: 'sending',
  };
}

export function newSingleEntry(change: SingleChange, source: EntrySource): SingleEntry {
  return { ...base(source), type: 'single', change, key: source.newKey() };
}

/** A restore request, cut into batches the server takes at once, each with its own key. */
export function newRestoreEntry(
  items: readonly RestoreItem[],
  message: string,
  notSent: readonly NotSentItem[],
  source: EntrySource,
): RestoreEntry {
  const batches: StoredBatch[] = [];
  for (let start = 0; start < items.length; start += MAX_RESTORE_ITEMS) {
    batches.push({
      key: source.newKey(),
      items: items.slice(start, start + MAX_RESTORE_ITEMS),
      results: null,
    });
  }
  return { ...base(source), type: 'restore', message, notSent, batches };
}

function parseEntry(text: string | null): OutboxEntry | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<OutboxEntry> | null;
    if (!value || value.version !== VERSION || typeof value.id !== 'string') return null;
    if (value.type === 'single' && value.change && typeof value.key === 'string') {
      return value as SingleEntry;
    }
    if (value.type === 'restore' && Array.isArray(value.batches)) return value as RestoreEntry;
    return null;
  } catch {
    return null;
  }
}

export function isOutboxKey(name: string | null): boolean {
  return name !== null && name.startsWith(PREFIX);
}

/** The name of the Web Lock whoever sends entry `id` holds. */
export function lockName(id: string): string {
  return `${PREFIX}${id}`;
}

/** Reads and writes the entries in `storage`; `onChange` runs after every write or removal. */
export function createEntryStore(storage: OutboxStorage, onChange: () => void) {
  /** Entries this page could not write down: they live here only, and leaving loses them. */
  const unsaved = new Map<string, OutboxEntry>();
  /** While an unsaved entry is unanswered, leaving the page asks first. */
  const unloadHolds = new Map<string, () => void>();

  function read(id: string): OutboxEntry | null {
    return unsaved.get(id) ?? parseEntry(storage?.getItem(PREFIX + id) ?? null);
  }

  /** Writes the entry; false when the browser would not store it (it then lives in memory). */
  function write(entry: OutboxEntry): boolean {
    try {
      if (!storage) throw new Error('No storage');
      storage.setItem(PREFIX + entry.id, JSON.stringify(entry));
      unsaved.delete(entry.id);
      unloadHolds.get(entry.id)?.();
      unloadHolds.delete(entry.id);
      return true;
    } catch {
      unsaved.set(entry.id, entry);
      if (!unloadHolds.has(entry.id)) unloadHolds.set(entry.id, holdUnload());
      return false;
    } finally {
      onChange();
    }
  }

  function update<E extends OutboxEntry>(entry: E, changes: Partial<E>): E {
    const next = { ...entry, ...changes };
    write(next);
    return next;
  }

  function remove(id: string): void {
    unsaved.delete(id);
    unloadHolds.get(id)?.();
    unloadHolds.delete(id);
    try {
      storage?.removeItem(PREFIX + id);
    } catch {
      // Storage gone: nothing stored to remove.
    }
    onChange();
  }

  function entries(): OutboxEntry[] {
    const found = new Map<string, OutboxEntry>();
    if (storage) {
      try {
        const unreadable: string[] = [];
        for (let i = 0; i < storage.length; i += 1) {
          const name = storage.key(i);
          if (!name?.startsWith(PREFIX)) continue;
          const entry = parseEntry(storage.getItem(name));
          if (entry) found.set(entry.id, entry);
          else unreadable.push(name);
        }
        // An unreadable entry (another version, damaged) cannot be sent safely: drop it.
        for (const name of unreadable) storage.removeItem(name);
      } catch {
        // Storage unavailable: only what this page holds.
      }
    }
    for (const [id, entry] of unsaved) found.set(id, entry);
    return [...found.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  return { read, write, update, remove, entries, hasUnsaved: () => unsaved.size > 0 };
}

export type EntryStore = ReturnType<typeof createEntryStore>;

/** Every order of a restore request, in the order sent: its batch's answer, or queued. */
export function outcomesOf(entry: RestoreEntry): RestoreOutcome[] {
  return entry.batches.flatMap(
    (batch): readonly RestoreOutcome[] =>
      batch.results ??
      batch.items.map((item) => ({ orderId: item.orderId, status: 'queued' as const })),
  );
}

/** The change on its way for each order (of what is still unanswered). */
export function pendingByOrder(
  entries: readonly OutboxEntry[],
): ReadonlyMap<string, PendingChange> {
  const map = new Map<string, PendingChange>();
  for (const entry of entries) {
    if (entry.type === 'single') {
      map.set(entry.change.orderId, {
        entryId: entry.id,
        kind: entry.change.kind,
        state: entry.state,
      });
    } else {
      for (const batch of entry.batches) {
        if (batch.results !== null) continue;
        for (const item of batch.items) {
          map.set(item.orderId, { entryId: entry.id, kind: 'restore', state: entry.state });
        }
      }
    }
  }
  return map;
}
