/**
 * The outbox: every change the buyer makes is written down in this browser, with its
 * Idempotency-Key, before it is sent, and stays there until the server has answered it. A reload,
 * a closed tab or a lost answer loses nothing: on the next start every change without an answer
 * is sent again with the same key, so the server applies it at most once (product.md §6) and the
 * buyer sees its true result.
 *
 * How an entry is stored is in outbox-entries.ts, what sending it does with each answer in
 * outbox-send.ts, whose code is fetched with the first send (or once the page has started, by
 * `startOutbox`), as no first paint needs it. Whoever sends an entry holds its Web Lock: two tabs
 * starting at once send it once.
 */
import { sendRestoreBatch, sendSingleChange, type RestoreItem, type SingleChange } from './changes';
import { newIdempotencyKey } from './idempotent';
import {
  createEntryStore,
  isOutboxKey,
  lockName,
  newRestoreEntry,
  outcomesOf,
  newSingleEntry,
  pendingByOrder,
  type NotSentItem,
  type OutboxEntry,
  type OutboxStorage,
  type PendingChange,
  type RestoreEntry,
  type SingleEntry,
} from './outbox-entries';
import type * as OutboxSend from './outbox-send';
import type { RunHooks, RunOutcome, Senders } from './outbox-send';
import { QueuedError } from './queued-error';

/** Runs `work` only if no one (in any tab) holds the lock `name`; never waits for it. */
export type TryLock = <T>(
  name: string,
  work: () => Promise<T>,
) => Promise<{ acquired: true; value: T } | { acquired: false }>;

export type OutboxDeps = Senders & {
  storage: OutboxStorage;
  tryLock: TryLock;
  now: () => number;
  newKey: () => string;
  /** The code that sends an entry (outbox-send.ts), fetched when first needed. */
  loadSender?: () => Promise<Pick<typeof OutboxSend, 'sendEntry'>>;
};

let sender: Promise<typeof OutboxSend> | undefined;

/** outbox-send.ts, fetched once; fetched again next time if it could not be. */
function loadSender(): Promise<typeof OutboxSend> {
  if (!sender) {
    sender = import('./outbox-send');
    sender.catch(() => {
      sender = undefined;
    });
  }
  return sender;
}

/** What a send that could not even start comes to: no answer yet, so the entry stays queued. */
function noAnswerYet(entry: OutboxEntry, cause: unknown): RunOutcome {
  return entry.type === 'single'
    ? { type: 'single', entry, result: { ok: false, error: new QueuedError({ cause }) } }
    : { type: 'restore', entry, results: outcomesOf(entry) };
}

export function createOutbox(deps: OutboxDeps) {
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

  const store = createEntryStore(deps.storage, emit);

  /** Writes a change down before it is sent; `saved` is false when only this page holds it. */
  function addSingle(change: SingleChange): { entry: SingleEntry; saved: boolean } {
    const entry = newSingleEntry(change, deps);
    return { entry, saved: store.write(entry) };
  }

  function addRestore(
    items: readonly RestoreItem[],
    message: string,
    notSent: readonly NotSentItem[] = [],
  ): { entry: RestoreEntry; saved: boolean } {
    const entry = newRestoreEntry(items, message, notSent, deps);
    return { entry, saved: store.write(entry) };
  }

  /**
   * Sends an entry (what is still unanswered of it) under its lock. Safe to call from any tab at
   * any time: whoever does not get the lock gets `busy` and sends nothing.
   */
  async function run(id: string, hooks: RunHooks = {}): Promise<RunOutcome> {
    if (running.has(id)) return { type: 'busy' };
    // The sending code first, so that an entry is "running" (and cannot be discarded) only while
    // it is really being sent.
    let sender: Pick<typeof OutboxSend, 'sendEntry'> | null = null;
    let loadFailure: unknown;
    try {
      sender = await (deps.loadSender ?? loadSender)();
    } catch (cause) {
      loadFailure = cause;
    }
    if (running.has(id)) return { type: 'busy' };
    running.add(id);
    try {
      const locked = await deps.tryLock(lockName(id), async (): Promise<RunOutcome> => {
        // Read again under the lock: another tab may have finished it meanwhile.
        const current = store.read(id);
        if (!current) return { type: 'gone' };
        // The sending code could not be fetched (the network is gone): as good as no answer.
        if (!sender) return noAnswerYet(store.update(current, { state: 'queued' }), loadFailure);
        const { sendEntry } = sender;
        const sending =
          current.state === 'sending' ? current : store.update(current, { state: 'sending' });
        return sendEntry(sending, hooks, {
          sendSingle: deps.sendSingle,
          sendBatch: deps.sendBatch,
          update: store.update,
          remove: store.remove,
        });
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
      store
        .entries()
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
    const entry = store.read(id);
    if (!entry || running.has(id)) return null;
    store.remove(id);
    return entry;
  }

  return {
    addSingle,
    addRestore,
    run,
    resumeAll,
    discard,
    entries: store.entries,
    get: store.read,
    /** Entries that could not be written down (the page must not be left while they are unanswered). */
    hasUnsaved: store.hasUnsaved,
    hasQueued: () => store.entries().some((entry) => entry.state === 'queued'),
    /** The change on its way for each order, for the cards. */
    pending: (): ReadonlyMap<string, PendingChange> => (index ??= pendingByOrder(store.entries())),
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

function browserStorage(): OutboxStorage {
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

/** How long a change may sit unanswered before any page sends it again. */
const STALE_MS = 30_000;
const RESUME_EVERY_MS = 15_000;

/**
 * Keeps the page's outbox going: what an earlier page left is sent at start, queued changes when
 * the network is back and from time to time, and other tabs' changes show here too.
 */
export function startOutbox(hooks: RunHooks = {}, target: Outbox = outbox): () => void {
  const startedAt = Date.now();
  // Here before the buyer's first change, so sending it does not wait for the code.
  loadSender().catch(() => undefined);
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
