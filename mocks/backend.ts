/**
 * The running mock backend: the stored state, the database rebuilt from it, and how both stay
 * in step with other tabs. Handlers call `backend.db()` at the start of every request.
 */
import type { OrderId } from '../src/domain/ids';
import { createMemoryControlStore, MockControl, type ControlStore } from './control';
import type { MockDb, MutationOutcome } from './db';
import { rebuild } from './db';
import { buildOrder, orderSpecSchema } from './order-builder';
import { DEFAULT_LATENCY_MS, SLOW_LATENCY_MS, type ScenarioName } from './scenarios';
import { DEMO_BUYER } from './seed-builder';
import {
  createMemoryStore,
  NOTICE_QUOTA,
  stampOf,
  STORAGE_VERSION,
  type JournalEntry,
  type MockSettings,
  type StateStore,
  type MockNotice,
  type StoredState,
} from './storage';

export type NoticeListener = (notice: MockNotice) => void;

export type Transaction = {
  readonly db: MockDb;
  readonly journal: readonly JournalEntry[];
  append(entry: Omit<JournalEntry, 'seq'>): { outcome: MutationOutcome; seq: number };
};

export function defaultLatency(scenario: ScenarioName): number {
  return scenario === 'slow' ? SLOW_LATENCY_MS : DEFAULT_LATENCY_MS;
}

export class MockBackend {
  private store: StateStore;
  private state: StoredState | null = null;
  private current: MockDb | null = null;
  private stamp: string | null = null;
  private listeners = new Set<NoticeListener>();
  readonly pendingNotices: MockNotice[] = [];

  /** QA's faults and the log of what this backend received (mocks/control.ts). */
  readonly control: MockControl;

  constructor(store: StateStore, controlStore: ControlStore = createMemoryControlStore()) {
    this.store = store;
    this.control = new MockControl(controlStore);
  }

  onNotice(listener: NoticeListener): () => void {
    this.listeners.add(listener);
    for (const notice of this.pendingNotices.splice(0)) listener(notice);
    return () => this.listeners.delete(listener);
  }

  private notify(notice: MockNotice): void {
    if (this.listeners.size === 0) this.pendingNotices.push(notice);
    for (const listener of this.listeners) listener(notice);
  }

  /** Starts from what is stored, or from fresh data when nothing (readable) is. */
  start(fresh: Partial<MockSettings> & { reset?: boolean }, now: number): void {
    const read = this.store.read();
    if (read.kind === 'reset') this.notify(read.notice);
    const stored = read.kind === 'ok' ? read.state : null;
    const scenario = fresh.scenario ?? stored?.settings.scenario ?? 'default';
    const seed = fresh.seed ?? stored?.settings.seed ?? 1;
    const changesData =
      !stored ||
      fresh.reset === true ||
      scenario !== stored.settings.scenario ||
      seed !== stored.settings.seed;
    if (changesData) {
      this.save({
        version: STORAGE_VERSION,
        settings: {
          scenario,
          seed,
          resetAt: now,
          latency: fresh.latency ?? defaultLatency(scenario),
        },
        journal: [],
      });
    } else if (fresh.latency !== undefined && fresh.latency !== stored.settings.latency) {
      this.save({ ...stored, settings: { ...stored.settings, latency: fresh.latency } });
    } else {
      this.state = stored;
      this.stamp = this.store.stamp();
    }
    this.current = null;
  }

  private save(state: StoredState): void {
    this.state = state;
    try {
      this.store.write(state);
      this.stamp = this.store.stamp();
    } catch {
      this.notify(NOTICE_QUOTA);
    }
  }

  get settings(): MockSettings {
    return this.ensureState().settings;
  }

  get journal(): readonly JournalEntry[] {
    return this.ensureState().journal;
  }

  private ensureState(): StoredState {
    if (!this.state) this.start({}, Date.now());
    return this.state!;
  }

  /** Picks up another tab's changes (or a reset) before answering. */
  private syncFromStore(): void {
    const stamp = this.store.stamp();
    if (stamp === null || stamp === this.stamp) return;
    const read = this.store.read();
    if (read.kind !== 'ok') {
      if (read.kind === 'reset') this.notify(read.notice);
      return;
    }
    this.adopt(read.state, stamp);
  }

  /**
   * Takes another tab's state, unless it is behind what this tab already has: this tab's
   * localStorage can still show the state before a write that was announced to it.
   */
  private adopt(next: StoredState, stamp: string): void {
    const before = this.state;
    const sameData =
      before !== null &&
      before.settings.resetAt === next.settings.resetAt &&
      before.settings.scenario === next.settings.scenario &&
      before.settings.seed === next.settings.seed;
    if (sameData && next.journal.length < before.journal.length) return;
    this.state = next;
    this.stamp = stamp;
    if (sameData && this.current && next.journal.length >= this.current.journalLength) {
      for (const entry of next.journal.slice(this.current.journalLength)) this.current.apply(entry);
    } else {
      this.current = null;
    }
  }

  private building: Promise<MockDb> | null = null;

  /** The db as stored now (with other tabs' changes), rebuilt when the stored data changed. */
  async db(): Promise<MockDb> {
    this.ensureState();
    this.syncFromStore();
    if (this.current) return this.current;
    if (!this.building) {
      const state = this.state!;
      this.building = rebuild(state.settings, state.journal).finally(() => {
        this.building = null;
      });
    }
    const built = await this.building;
    const state = this.state!;
    const sameData =
      built.settings.resetAt === state.settings.resetAt &&
      built.settings.scenario === state.settings.scenario &&
      built.settings.seed === state.settings.seed;
    if (!sameData) return this.db();
    // Changes stored while it was being built (by this tab or another) are applied on top.
    for (const entry of state.journal.slice(built.journalLength)) built.apply(entry);
    this.current ??= built;
    return this.current;
  }

  /**
   * Runs a change under the journal lock (shared by every tab): the db is brought up to date with
   * other tabs first; `append` applies a change and writes it to the journal.
   */
  transaction<T>(work: (tx: Transaction) => T | Promise<T>): Promise<T> {
    return this.store.lock(async () => {
      const db = await this.db();
      const tx: Transaction = {
        db,
        journal: this.state!.journal,
        append: (entry) => {
          const seq = this.state!.journal.length;
          const outcome = db.apply(entry);
          this.save({ ...this.state!, journal: [...this.state!.journal, { ...entry, seq }] });
          this.store.announceChange(this.state!);
          return { outcome, seq };
        },
      };
      return work(tx);
    });
  }

  /** The answer to a change already in the journal, as it was first given. */
  async replay(entry: JournalEntry): Promise<MutationOutcome> {
    const db = await rebuild(this.settings, this.journal.slice(0, entry.seq));
    return db.apply(entry);
  }

  /** Idempotency keys this page has seen, to tell a retry from a first attempt. */
  readonly seenKeys = new Set<string>();
  private mutationCount = 0;
  private readCount = 0;

  /** Counts first attempts of mutations and reads, for the flaky scenario's fixed pattern. */
  nextMutationOrdinal(): number {
    return this.mutationCount++;
  }

  nextReadOrdinal(): number {
    return this.readCount++;
  }

  /**
   * QA: `count` orders of this spec (mocks/order-builder.ts) put in the data now, and kept in the
   * journal, so a reload or another tab has them too. Answers with their order numbers.
   */
  async put(spec: unknown, count = 1): Promise<OrderId[]> {
    const parsed = orderSpecSchema.parse(spec);
    if (!Number.isInteger(count) || count < 1 || count > 20_000) {
      throw new RangeError('count is a whole number from 1 to 20,000');
    }
    return this.transaction((tx) => {
      const at = Date.now();
      // Built once first: a spec that cannot be built must never reach the journal.
      buildOrder(parsed, '0000000000000000' as OrderId, DEMO_BUYER, at, {
        saleEvents: tx.db.saleEvents,
      });
      const { outcome } = tx.append({
        at,
        key: `qa-put-${crypto.randomUUID()}`,
        fingerprint: 'qa-put',
        request: { op: 'put', spec: parsed, count },
      });
      if (outcome.kind !== 'built') throw new Error('The orders could not be built.');
      return [...outcome.ids];
    });
  }

  /** For tests: a fresh backend state. */
  reset(settings: Partial<MockSettings>, now: number): void {
    this.start({ ...settings, reset: true }, now);
    this.seenKeys.clear();
    this.mutationCount = 0;
    this.readCount = 0;
  }

  /** Another tab wrote to the journal: apply its changes now rather than on the next request. */
  listenForOtherTabs(): () => void {
    return this.store.onRemoteChange((state) => this.adopt(state, stampOf(state)));
  }
}

let backend = new MockBackend(createMemoryStore());

export function getBackend(): MockBackend {
  return backend;
}

export function useStore(store: StateStore, controlStore?: ControlStore): MockBackend {
  backend = new MockBackend(store, controlStore);
  return backend;
}
