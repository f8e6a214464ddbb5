/**
 * What the mock stores: the scenario, seed, reset moment and latency, plus the journal of changes
 * the buyer made. Everything else is rebuilt in memory from them. In the browser the state lives
 * in localStorage, shared by every tab: writes are serialised with Web Locks and announced with a
 * BroadcastChannel that carries the new state (another tab's localStorage may show a write a little
 * later than the announcement arrives). In Node (Vitest) it lives in memory.
 */
import * as z from 'zod/mini';
import { orderSpecSchema } from './order-builder';
import { isScenario, type ScenarioName } from './scenarios';

export const STORAGE_VERSION = 1;
const STATE_KEY = 'order-restore:mock:state';
const STAMP_KEY = 'order-restore:mock:stamp';
const CHANNEL = 'order-restore:mock';
const LOCK = 'order-restore:mock:journal';

export type MockSettings = {
  readonly scenario: ScenarioName;
  readonly seed: number;
  readonly resetAt: number;
  readonly latency: number;
};

const mutationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('pay'), orderId: z.string() }),
  z.object({ op: z.literal('cancel'), orderId: z.string(), reason: z.string() }),
  z.object({ op: z.literal('confirmReceipt'), orderId: z.string() }),
  z.object({ op: z.literal('withdraw'), orderId: z.string() }),
  z.object({ op: z.literal('buyAgain'), orderId: z.string(), newOrderId: z.string() }),
  z.object({
    op: z.literal('restore'),
    items: z.array(z.object({ orderId: z.string(), reason: z.string() })),
    message: z.string(),
  }),
  // Orders QA put in the state a flow needs (mocks/order-builder.ts).
  z.object({ op: z.literal('put'), spec: orderSpecSchema, count: z.int().check(z.gte(1)) }),
  // What the buyer read of their notifications (mocks/db-notifications.ts). Added in round three:
  // a journal without them reads as before, so the version stays.
  z.object({ op: z.literal('readNotifications'), ids: z.array(z.string()) }),
  z.object({ op: z.literal('readAllNotifications'), upTo: z.number() }),
]);

const journalEntrySchema = z.object({
  seq: z.int(),
  at: z.number(),
  key: z.string(),
  fingerprint: z.string(),
  request: mutationSchema,
});

const storedStateSchema = z.object({
  version: z.literal(STORAGE_VERSION),
  settings: z.object({
    scenario: z.custom<ScenarioName>(isScenario),
    seed: z.int(),
    resetAt: z.number(),
    latency: z.int().check(z.nonnegative()),
  }),
  journal: z.array(journalEntrySchema),
});

export type Mutation = z.infer<typeof mutationSchema>;
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type StoredState = {
  readonly version: typeof STORAGE_VERSION;
  settings: MockSettings;
  journal: JournalEntry[];
};

export type ReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly state: StoredState }
  | { readonly kind: 'reset'; readonly notice: MockNotice };

/**
 * What the mock tells the buyer about its own storage, as codes: the app writes the sentence in
 * the buyer's language (src/main.tsx).
 */
export type MockNotice = 'storage_unreadable' | 'storage_old_version' | 'storage_full';
export const NOTICE_CORRUPTED: MockNotice = 'storage_unreadable';
export const NOTICE_OLD_VERSION: MockNotice = 'storage_old_version';
export const NOTICE_QUOTA: MockNotice = 'storage_full';

/** Parses stored text; anything unreadable or of another version means a reset, with a notice. */
export function parseStoredState(text: string | null): ReadResult {
  if (text === null) return { kind: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'reset', notice: NOTICE_CORRUPTED };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== STORAGE_VERSION) {
    return { kind: 'reset', notice: NOTICE_OLD_VERSION };
  }
  const parsed = storedStateSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'reset', notice: NOTICE_CORRUPTED };
  return { kind: 'ok', state: parsed.data };
}

export interface StateStore {
  read(): ReadResult;
  /** Throws when the browser refuses to store it (quota). */
  write(state: StoredState): void;
  /** A cheap marker that changes with every write, to notice another tab's changes. */
  stamp(): string | null;
  lock<T>(work: () => Promise<T>): Promise<T>;
  /** Another tab stored this state. */
  onRemoteChange(listener: (state: StoredState) => void): () => void;
  announceChange(state: StoredState): void;
}

export function stampOf(state: StoredState): string {
  return `${state.settings.resetAt}:${state.settings.scenario}:${state.settings.seed}:${state.journal.length}`;
}

/** An in-process lock, for Node and for browsers without Web Locks. */
export function createLocalLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createMemoryStore(): StateStore & {
  raw: () => string | null;
  setRaw: (text: string | null) => void;
} {
  let text: string | null = null;
  let stamp: string | null = null;
  const lock = createLocalLock();
  const setRaw = (value: string | null) => {
    text = value;
    const result = parseStoredState(text);
    stamp =
      result.kind === 'ok'
        ? stampOf(result.state)
        : value === null
          ? null
          : `unreadable:${value.length}`;
  };
  return {
    read: () => parseStoredState(text),
    write: (state) => {
      text = JSON.stringify(state);
      stamp = stampOf(state);
    },
    stamp: () => stamp,
    lock,
    onRemoteChange: () => () => undefined,
    announceChange: () => undefined,
    raw: () => text,
    setRaw,
  };
}

export function createBrowserStore(storage: Storage = window.localStorage): StateStore {
  const localLock = createLocalLock();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return {
    read: () => parseStoredState(storage.getItem(STATE_KEY)),
    write: (state) => {
      storage.setItem(STATE_KEY, JSON.stringify(state));
      storage.setItem(STAMP_KEY, stampOf(state));
    },
    stamp: () => storage.getItem(STAMP_KEY),
    lock: <T>(work: () => Promise<T>): Promise<T> =>
      typeof navigator !== 'undefined' && navigator.locks
        ? (navigator.locks.request(LOCK, work) as Promise<T>)
        : localLock(work),
    onRemoteChange: (listener) => {
      if (!channel) return () => undefined;
      const handler = (event: MessageEvent) => {
        const parsed = storedStateSchema.safeParse(event.data);
        if (parsed.success) listener(parsed.data);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    announceChange: (state) => channel?.postMessage(state),
  };
}
