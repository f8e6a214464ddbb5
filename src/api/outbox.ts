/**
 * The outbox: every change the buyer makes is written down in this browser, with its
 * Idempotency-Key, before it is sent, and stays there until the server has answered it. A reload,
 * a closed tab or a lost answer loses nothing: on the next start every change without an answer
 * is sent again with the same key, so the server applies it at most once (product.md §6) and the
 * buyer sees its true result.
 *
 * Each entry is its own localStorage item (no read-modify-write of a shared list between tabs),
 * and whoever sends an entry holds its Web Lock: two tabs starting at once send it once.
 */
import { ApiError, ContractError, NetworkError } from './client';
import { MAX_RESTORE_ITEMS } from './contract';
import {
  sendRestoreBatch,
  sendSingleChange,
  type RestoreFailureCode,
  type RestoreItem,
  type RestoreItemResult,
  type SingleChange,
} from './changes';
import { newIdempotencyKey, sendIdempotent } from './idempotent';
import { holdUnload } from './unload-guard';
import type { OrderId } from '../domain/ids';
import type { Order } from '../domain/order';

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

/** A change that got no answer (even after retries): it stays in the outbox and is sent again. */
export class QueuedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('No answer from the server yet: the change is queued and will be sent again.', options);
    this.name = 'QueuedError';
  }
}

export type RunOutcome =
  /** Another tab is sending it right now. */
  | { readonly type: 'busy' }
  /** It is no longer in the outbox (answered elsewhere, or discarded). */
  | { readonly type: 'gone' }
  | {
      readonly type: 'single';
      readonly entry: SingleEntry;
      readonly result:
        | { readonly ok: true; readonly order: Order }
        | { readonly ok: false; readonly error: Error };
    }
  | {
      readonly type: 'restore';
      readonly entry: RestoreEntry;
      /** Every order of the request, in the order sent, including batches answered before a reload. */
      readonly results: readonly RestoreOutcome[];
    };

export type RunHooks = {
  onProgress?: (progress: { sent: number; total: number }) => void;
  /** Each batch's full answer, as it arrives (to put the orders in the cache). */
  onBatch?: (results: readonly RestoreItemResult[]) => void;
};

export type PendingChange = {
  readonly entryId: string;
  readonly kind: SingleChange['kind'] | 'restore';
  readonly state: OutboxState;
};

/** Runs `work` only if no one (in any tab) holds the lock `name`; never waits for it. */
export type TryLock = <T>(
  name: string,
  work: () => Promise<T>,
) => Promise<{ acquired: true; value: T } | { acquired: false }>;

export type OutboxDeps = {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> | null;
  tryLock: TryLock;
  sendSingle: (change: SingleChange, key: string) => Promise<Order>;
  sendBatch: (
    items: readonly RestoreItem[],
    message: string,
    key: string,
  ) => Promise<RestoreItemResult[]>;
  now: () => number;
  newKey: () => string;
};

/** No answer at all, or a 5xx (which the server promises it did not store): worth sending again. */
function noAnswer(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

function failureOf(error: unknown): { code: RestoreFailureCode; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.problem.detail };
  if (error instanceof NetworkError) return { code: 'NETWORK', message: error.message };
  if (error instanceof ContractError) return { code: 'VALIDATION_FAILED', message: error.message };
  return { code: 'NETWORK', message: 'The request failed.' };
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

export function createOutbox(deps: OutboxDeps) {
  /** Entries this page could not write down: they live here only, and leaving loses them. */
  const unsaved = new Map<string, OutboxEntry>();
  /** While an unsaved entry is unanswered, leaving the page asks first. */
  const unloadHolds = new Map<string, () => void>();
  /** Entries this page is sending now. */
  const running = new Set<string>();
  const listeners = new Set<() => void>();
  const resumedListeners = new Set<(outcome: RunOutcome) => void>();
  let index: ReadonlyMap<string, PendingChange> | null = null;
  let version = 0;

  function emit() {
    index = null;
    version += 1;
    for (const listener of listeners) listener();
  }

  function read(id: string): OutboxEntry | null {
    return unsaved.get(id) ?? parseEntry(deps.storage?.getItem(PREFIX + id) ?? null);
  }

  /** Writes the entry; false when the browser would not store it (it then lives in memory). */
  function write(entry: OutboxEntry): boolean {
    try {
      if (!deps.storage) throw new Error('No storage');
      deps.storage.setItem(PREFIX + entry.id, JSON.stringify(entry));
      unsaved.delete(entry.id);
      unloadHolds.get(entry.id)?.();
      unloadHolds.delete(entry.id);
      return true;
    } catch {
      unsaved.set(entry.id, entry);
      if (!unloadHolds.has(entry.id)) unloadHolds.set(entry.id, holdUnload());
      return false;
    } finally {
      emit();
    }
  }

  function remove(id: string): void {
    unsaved.delete(id);
    unloadHolds.get(id)?.();
    unloadHolds.delete(id);
    try {
      deps.storage?.removeItem(PREFIX + id);
    } catch {
      // Storage gone: nothing stored to remove.
    }
    emit();
  }

  function entries(): OutboxEntry[] {
    const found = new Map<string, OutboxEntry>();
    const storage = deps.storage;
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

  function buildIndex(): ReadonlyMap<string, PendingChange> {
    const map = new Map<string, PendingChange>();
    for (const entry of entries()) {
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

  function base(): EntryBase {
    return {
      version: VERSION,
      id: `ob-${deps.newKey()}`,
      createdAt: deps.now(),
      state: 'sending',
    };
  }

  /** Writes a change down before it is sent; `saved` is false when only this page holds it. */
  function addSingle(change: SingleChange): { entry: SingleEntry; saved: boolean } {
    const entry: SingleEntry = { ...base(), type: 'single', change, key: deps.newKey() };
    return { entry, saved: write(entry) };
  }

  function addRestore(
    items: readonly RestoreItem[],
    message: string,
    notSent: readonly NotSentItem[] = [],
  ): { entry: RestoreEntry; saved: boolean } {
    const batches: StoredBatch[] = [];
    for (let start = 0; start < items.length; start += MAX_RESTORE_ITEMS) {
      batches.push({
        key: deps.newKey(),
        items: items.slice(start, start + MAX_RESTORE_ITEMS),
        results: null,
      });
    }
    const entry: RestoreEntry = { ...base(), type: 'restore', message, notSent, batches };
    return { entry, saved: write(entry) };
  }

  function update<E extends OutboxEntry>(entry: E, changes: Partial<E>): E {
    const next = { ...entry, ...changes };
    write(next);
    return next;
  }

  async function sendSingleEntry(entry: SingleEntry): Promise<RunOutcome> {
    try {
      const order = await sendIdempotent((key) => deps.sendSingle(entry.change, key), entry.key);
      remove(entry.id);
      return { type: 'single', entry, result: { ok: true, order } };
    } catch (error) {
      if (noAnswer(error)) {
        update(entry, { state: 'queued' });
        return {
          type: 'single',
          entry,
          result: { ok: false, error: new QueuedError({ cause: error }) },
        };
      }
      remove(entry.id);
      return {
        type: 'single',
        entry,
        result: { ok: false, error: error instanceof Error ? error : new Error(String(error)) },
      };
    }
  }

  async function sendRestoreEntry(start: RestoreEntry, hooks: RunHooks): Promise<RunOutcome> {
    let entry = start;
    const total = entry.batches.reduce((sum, batch) => sum + batch.items.length, 0);
    const answered = () =>
      entry.batches.reduce((sum, batch) => sum + (batch.results ? batch.items.length : 0), 0);
    hooks.onProgress?.({ sent: answered(), total });
    let anyQueued = false;
    for (const [index, batch] of entry.batches.entries()) {
      if (batch.results !== null) continue;
      let results: RestoreOutcome[] | null;
      try {
        const full = await sendIdempotent(
          (key) => deps.sendBatch(batch.items, entry.message, key),
          batch.key,
        );
        hooks.onBatch?.(full);
        results = full.map((result) =>
          result.ok
            ? { orderId: result.orderId, status: 'sent' as const }
            : {
                orderId: result.orderId,
                status: 'failed' as const,
                code: result.code,
                message: result.message,
              },
        );
      } catch (error) {
        if (noAnswer(error)) {
          // Left unanswered: it is sent again later with the same key.
          anyQueued = true;
          results = null;
        } else {
          const failure = failureOf(error);
          results = batch.items.map((item) => ({
            orderId: item.orderId,
            status: 'failed' as const,
            ...failure,
          }));
        }
      }
      if (results) {
        const batches = entry.batches.map((candidate, at) =>
          at === index ? { ...candidate, results } : candidate,
        );
        entry = update(entry, { batches });
      }
      hooks.onProgress?.({ sent: answered(), total });
    }
    const outcomes = entry.batches.flatMap(
      (batch): readonly RestoreOutcome[] =>
        batch.results ??
        batch.items.map((item) => ({ orderId: item.orderId, status: 'queued' as const })),
    );
    if (anyQueued) update(entry, { state: 'queued' });
    else remove(entry.id);
    return { type: 'restore', entry, results: outcomes };
  }

  /**
   * Sends an entry (what is still unanswered of it) under its lock. Safe to call from any tab at
   * any time: whoever does not get the lock gets `busy` and sends nothing.
   */
  async function run(id: string, hooks: RunHooks = {}): Promise<RunOutcome> {
    if (running.has(id)) return { type: 'busy' };
    running.add(id);
    try {
      const locked = await deps.tryLock(`${PREFIX}${id}`, async (): Promise<RunOutcome> => {
        // Read again under the lock: another tab may have finished it meanwhile.
        const current = read(id);
        if (!current) return { type: 'gone' };
        const sending =
          current.state === 'sending' ? current : update(current, { state: 'sending' });
        return sending.type === 'single'
          ? sendSingleEntry(sending)
          : sendRestoreEntry(sending, hooks);
      });
      return locked.acquired ? locked.value : { type: 'busy' };
    } finally {
      running.delete(id);
    }
  }

  /**
   * Sends again every change still without an answer: at start (`createdBefore` the page
   * started: what an earlier page left), back online or from time to time (queued ones, and any
   * left `olderThan` a while). A change another live page has just written down is left to it.
   */
  async function resumeAll(
    which: { createdBefore?: number; olderThan?: number } = {},
    hooks: RunHooks = {},
  ): Promise<RunOutcome[]> {
    const now = deps.now();
    const outcomes = await Promise.all(
      entries()
        .filter(
          (entry) =>
            !running.has(entry.id) &&
            (entry.state === 'queued' ||
              (which.createdBefore !== undefined && entry.createdAt < which.createdBefore) ||
              (which.olderThan !== undefined && entry.createdAt < now - which.olderThan) ||
              (which.createdBefore === undefined && which.olderThan === undefined)),
        )
        .map((entry) => run(entry.id, hooks)),
    );
    for (const outcome of outcomes) {
      if (outcome.type === 'busy' || outcome.type === 'gone') continue;
      // Still no answer at all: nothing new to tell the buyer.
      if (
        outcome.type === 'single' &&
        outcome.result.ok === false &&
        outcome.result.error instanceof QueuedError
      ) {
        continue;
      }
      if (
        outcome.type === 'restore' &&
        outcome.results.every((result) => result.status === 'queued')
      ) {
        continue;
      }
      for (const listener of resumedListeners) listener(outcome);
    }
    return outcomes;
  }

  /** The buyer chose not to send a queued change after all. */
  function discard(id: string): OutboxEntry | null {
    const entry = read(id);
    if (!entry || running.has(id)) return null;
    remove(id);
    return entry;
  }

  return {
    addSingle,
    addRestore,
    run,
    resumeAll,
    discard,
    entries,
    get: read,
    /** Entries that could not be written down (the page must not be left while they are unanswered). */
    hasUnsaved: () => unsaved.size > 0,
    hasQueued: () => entries().some((entry) => entry.state === 'queued'),
    /** The change on its way for each order, for the cards. */
    pending: (): ReadonlyMap<string, PendingChange> => (index ??= buildIndex()),
    version: () => version,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Answers to changes no one on this page was waiting for (resumed after a reload, or later). */
    onResumed(listener: (outcome: RunOutcome) => void): () => void {
      resumedListeners.add(listener);
      return () => resumedListeners.delete(listener);
    },
    /** Another tab changed the outbox. */
    refresh: emit,
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/** An in-page lock for environments without Web Locks (Node, old browsers). */
export function createLocalTryLock(): TryLock {
  const held = new Set<string>();
  return async (name, work) => {
    if (held.has(name)) return { acquired: false };
    held.add(name);
    try {
      return { acquired: true, value: await work() };
    } finally {
      held.delete(name);
    }
  };
}

function browserTryLock(): TryLock {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return createLocalTryLock();
  return async <T>(name: string, work: () => Promise<T>) => {
    const result: { acquired: true; value: T } | { acquired: false } = await locks.request(
      name,
      { ifAvailable: true },
      async (lock) =>
        lock ? { acquired: true as const, value: await work() } : { acquired: false as const },
    );
    return result;
  };
}

function browserStorage(): OutboxDeps['storage'] {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The page's outbox, on this browser's localStorage and Web Locks. */
export const outbox = createOutbox({
  storage: browserStorage(),
  tryLock: browserTryLock(),
  sendSingle: sendSingleChange,
  sendBatch: sendRestoreBatch,
  now: () => Date.now(),
  newKey: newIdempotencyKey,
});

export function isOutboxKey(name: string | null): boolean {
  return name !== null && name.startsWith(PREFIX);
}

/** How long a change may sit unanswered before any page sends it again. */
const STALE_MS = 30_000;
const RESUME_EVERY_MS = 15_000;

/**
 * Keeps the page's outbox going: what an earlier page left is sent at start, queued changes when
 * the network is back and from time to time, and other tabs' changes show here too.
 */
export function startOutbox(hooks: RunHooks = {}, target: Outbox = outbox): () => void {
  const startedAt = Date.now();
  void target.resumeAll({ createdBefore: startedAt }, hooks);
  const again = () => void target.resumeAll({ olderThan: STALE_MS }, hooks);
  const timer = setInterval(() => {
    if (target.entries().length > 0) again();
  }, RESUME_EVERY_MS);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || isOutboxKey(event.key)) target.refresh();
  };
  window.addEventListener('online', again);
  window.addEventListener('storage', onStorage);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', again);
    window.removeEventListener('storage', onStorage);
  };
}
