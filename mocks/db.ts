/**
 * The mock's database: rebuilt in memory from the stored settings (scenario, seed, reset moment)
 * and the journal of the buyer's changes. Reads bring orders up to the moment asked through the
 * domain and never write; the one way in for a change is `apply`, which goes through the machine.
 */
import type { RefusalCode } from '../src/api/contract';
import { bringUpTo, scheduledEvents } from '../src/domain/bring-up-to';
import { isOrderId, orderId, type OrderId } from '../src/domain/ids';
import {
  transition,
  canBuyAgain,
  type OrderEvent,
  type TransitionContext,
} from '../src/domain/machine';
import type { Order, SaleEvent } from '../src/domain/order';
import { buyAgain } from '../src/domain/place-order';
import {
  activeSortKey,
  compareSortKeys,
  deletedSortKey,
  placement,
  type ActiveTab,
  type DeletedFilter,
  type SortKey,
} from '../src/domain/placement';
import { isReasonFor } from '../src/domain/reasons';
import {
  restoreDeadline,
  whyNotRestorable,
  type NotRestorableReason,
} from '../src/domain/restore-rules';
import { toIso } from '../src/domain/time';
import {
  DEMO_BUYER,
  generate,
  generateWithoutBlocking,
  pause,
  type GeneratedData,
} from './generate';
import { buildOrder, builtOrderIds } from './order-builder';
import { hash32, createRandom } from './random';
import { planDecision, planShipping } from './sellers';
import type { JournalEntry, MockSettings, Mutation } from './storage';

export type Refused = {
  readonly status: 404 | 409 | 400;
  readonly code: RefusalCode | 'NOT_FOUND' | 'VALIDATION_FAILED';
  readonly detail: string;
};

export type MutationOutcome =
  | { readonly kind: 'order'; readonly order: Order }
  | { readonly kind: 'refused'; readonly refused: Refused }
  | { readonly kind: 'built'; readonly ids: readonly OrderId[] }
  | {
      readonly kind: 'restore';
      readonly results: ReadonlyArray<
        | { readonly orderId: OrderId; readonly ok: true; readonly order: Order }
        | { readonly orderId: OrderId; readonly ok: false; readonly refused: Refused }
      >;
    };

type Memo = { stored: Order; upTo: Order; from: number; until: number };

const WHY_NOT_CODE: Readonly<Record<NotRestorableReason, RefusalCode>> = {
  already_requested: 'ALREADY_REQUESTED',
  window_closed: 'RESTORE_WINDOW_CLOSED',
  refund_completed: 'REFUND_COMPLETED',
  not_cancelled: 'INVALID_TRANSITION',
};

export type ListQuery = {
  view: 'active' | 'deleted';
  tab?: ActiveTab | undefined;
  filter?: DeletedFilter | undefined;
  q?: string | undefined;
  cursor?: SortKey | undefined;
  limit: number;
};

function notFound(id: string): Refused {
  return { status: 404, code: 'NOT_FOUND', detail: `No order ${id} was found in your account.` };
}

/** Search terms: every word must appear in the order number, a product title or the store name. */
export function searchTerms(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export class MockDb {
  readonly settings: MockSettings;
  readonly saleEvents: readonly SaleEvent[];
  private readonly context: TransitionContext;
  private readonly orders = new Map<OrderId, Order>();
  private readonly memo = new Map<OrderId, Memo>();
  private readonly haystacks = new Map<OrderId, string>();
  /** The order ids of the demo buyer, in insertion order. */
  private readonly mine: OrderId[] = [];
  private appliedEntries = 0;
  /** Bumped by every change, so cached lists know they are stale. */
  private version = 0;
  private readonly lists = new Map<
    string,
    { keyed: Array<{ key: SortKey; order: Order }>; version: number; from: number; until: number }
  >();

  constructor(
    settings: MockSettings,
    data: GeneratedData = generate(settings.scenario, settings.seed, settings.resetAt),
  ) {
    this.settings = settings;
    this.saleEvents = data.saleEvents;
    this.context = { saleEvents: data.saleEvents };
    for (const order of data.orders) this.insert(order);
  }

  get journalLength(): number {
    return this.appliedEntries;
  }

  private insert(order: Order): void {
    this.version += 1;
    this.orders.set(order.id, order);
    if (order.buyerId === DEMO_BUYER) this.mine.push(order.id);
  }

  /** The order as it is at `now`, if it is the signed-in buyer's. */
  get(id: string, now: number): Order | undefined {
    if (!isOrderId(id)) return undefined;
    const stored = this.orders.get(id);
    if (!stored || stored.buyerId !== DEMO_BUYER) return undefined;
    const memo = this.memo.get(id);
    if (memo && memo.stored === stored && now >= memo.from && now < memo.until) return memo.upTo;
    const upTo = bringUpTo(stored, now, this.context);
    const next = scheduledEvents(upTo)[0]?.at ?? Number.POSITIVE_INFINITY;
    this.memo.set(id, { stored, upTo, from: now, until: next > now ? next : now + 1 });
    return upTo;
  }

  /**
   * Brings every order up to `now` in slices, so that the first list asked for (10,000 orders)
   * does not do it all in one long task.
   */
  async warmUp(now: number, slice = 1_000): Promise<void> {
    for (let start = 0; start < this.mine.length; start += slice) {
      for (const id of this.mine.slice(start, start + slice)) this.get(id, now);
      if (start + slice < this.mine.length) await pause();
    }
  }

  /** Every order of the signed-in buyer, as it is at `now`. */
  all(now: number): Order[] {
    return this.mine.map((id) => this.get(id, now)!);
  }

  private haystack(order: Order): string {
    let text = this.haystacks.get(order.id);
    if (text === undefined) {
      text = [order.id, ...order.items.map((item) => item.title), order.seller.name]
        .join(' ')
        .toLowerCase();
      this.haystacks.set(order.id, text);
    }
    return text;
  }

  matchesSearch(order: Order, terms: readonly string[]): boolean {
    if (terms.length === 0) return true;
    const text = this.haystack(order);
    return terms.every((term) => text.includes(term));
  }

  /**
   * Every order of a view, filter and search, in list order. Paging through 10,000 orders asks
   * for the same list again and again, so it is kept until something could change it: a change
   * to the data, or the first moment at which any order's place or order could move.
   */
  private matching(
    view: 'active' | 'deleted',
    tab: ActiveTab,
    filter: DeletedFilter,
    q: string | undefined,
    now: number,
  ) {
    const cacheKey = `${view}|${tab}|${filter}|${q ?? ''}`;
    const cached = this.lists.get(cacheKey);
    if (cached && cached.version === this.version && now >= cached.from && now < cached.until)
      return cached.keyed;
    const terms = searchTerms(q);
    const keyed: Array<{ key: SortKey; order: Order }> = [];
    let until = Number.POSITIVE_INFINITY;
    for (const id of this.mine) {
      const order = this.get(id, now)!;
      until = Math.min(until, this.memo.get(id)?.until ?? now + 1);
      const where = placement(order, now);
      if (where.view === 'deleted' && where.filter === 'restorable') {
        until = Math.min(until, restoreDeadline(order) ?? until);
      }
      if (where.view !== view) continue;
      if (where.view === 'active' && tab !== 'all' && where.tab !== tab) continue;
      if (where.view === 'deleted' && filter !== 'all' && where.filter !== filter) continue;
      if (!this.matchesSearch(order, terms)) continue;
      keyed.push({
        key: view === 'active' ? activeSortKey(order) : deletedSortKey(order, now),
        order,
      });
    }
    keyed.sort((a, b) => compareSortKeys(a.key, b.key));
    if (this.lists.size > 16) this.lists.clear();
    this.lists.set(cacheKey, { keyed, version: this.version, from: now, until });
    return keyed;
  }

  list(query: ListQuery, now: number): { orders: Order[]; nextKey: SortKey | null; total: number } {
    const keyed = this.matching(
      query.view,
      query.tab ?? 'all',
      query.filter ?? 'all',
      query.q,
      now,
    );
    const cursor = query.cursor;
    let start = 0;
    if (cursor) {
      // The first order after the cursor's key.
      let high = keyed.length;
      while (start < high) {
        const middle = (start + high) >>> 1;
        if (compareSortKeys(keyed[middle]!.key, cursor) <= 0) start = middle + 1;
        else high = middle;
      }
    }
    const page = keyed.slice(start, start + query.limit);
    const more = start + query.limit < keyed.length;
    return {
      orders: page.map((entry) => entry.order),
      nextKey: more ? page.at(-1)!.key : null,
      total: keyed.length,
    };
  }

  counts(q: string | undefined, now: number) {
    const terms = searchTerms(q);
    const active = { all: 0, unpaid: 0, paid: 0, shipped: 0, refunding: 0, finished: 0 };
    const deleted = { all: 0, restorable: 0, requested: 0, closed: 0 };
    for (const order of this.all(now)) {
      if (!this.matchesSearch(order, terms)) continue;
      const where = placement(order, now);
      if (where.view === 'active') {
        active.all += 1;
        active[where.tab] += 1;
      } else {
        deleted.all += 1;
        deleted[where.filter] += 1;
      }
    }
    return { active, deleted };
  }

  selection(filter: DeletedFilter, q: string | undefined, now: number) {
    const sellers = new Map<string, Order['seller']>();
    const items = this.matching('deleted', 'all', filter, q, now).map(({ order }) => {
      const why = whyNotRestorable(order, now);
      const deadline = restoreDeadline(order);
      sellers.set(order.seller.id, order.seller);
      return {
        id: order.id,
        paid: order.payment.state === 'paid',
        restorable: why === null,
        whyNot: why === null ? null : WHY_NOT_CODE[why],
        restoreBy: deadline === undefined ? null : toIso(deadline),
        sellerId: order.seller.id,
      };
    });
    return { items, sellers: [...sellers.values()] };
  }

  /** A fresh order number for "Buy again", fixed by the seed and the journal position. */
  newOrderIdFor(source: OrderId, seq: number): OrderId {
    const random = createRandom(hash32(this.settings.seed, source, seq, 'buy-again'));
    for (;;) {
      const id = `7${random.digits(15)}`;
      if (!this.orders.has(id as OrderId)) return orderId(id);
    }
  }

  private event(id: string, at: number, event: OrderEvent): MutationOutcome {
    const order = this.get(id, at);
    if (!order) return { kind: 'refused', refused: notFound(id) };
    const result = transition(order, event, at, this.context);
    if (!result.ok)
      return {
        kind: 'refused',
        refused: { status: 409, code: result.refusal.code, detail: result.refusal.message },
      };
    this.version += 1;
    this.orders.set(order.id, result.order);
    return { kind: 'order', order: this.get(order.id, at)! };
  }

  /** Applies one change from the journal (or a new one about to be journaled) at its moment. */
  apply(entry: Pick<JournalEntry, 'at' | 'request'>): MutationOutcome {
    const { at, request } = entry;
    const outcome = this.applyMutation(request, at);
    this.appliedEntries += 1;
    return outcome;
  }

  private applyMutation(request: Mutation, at: number): MutationOutcome {
    switch (request.op) {
      case 'pay':
        return this.event(request.orderId, at, { type: 'pay' });
      case 'cancel':
        return this.event(request.orderId, at, {
          type: 'cancel',
          by: 'buyer',
          reason: request.reason,
        });
      case 'confirmReceipt':
        return this.event(request.orderId, at, { type: 'confirmReceipt' });
      case 'withdraw':
        return this.event(request.orderId, at, { type: 'withdrawRequest' });
      case 'buyAgain': {
        const source = this.get(request.orderId, at);
        if (!source) return { kind: 'refused', refused: notFound(request.orderId) };
        if (!canBuyAgain(source, at)) {
          return {
            kind: 'refused',
            refused: {
              status: 409,
              code: 'INVALID_TRANSITION',
              detail:
                '"Buy again" is offered once an order can no longer be restored, or after a seller declined.',
            },
          };
        }
        const created = buyAgain(
          source,
          orderId(request.newOrderId),
          at,
          planShipping(request.newOrderId, this.settings.seed),
        );
        this.insert(created);
        return { kind: 'order', order: this.get(created.id, at)! };
      }
      case 'restore': {
        const results = request.items.map((item) => {
          const id = item.orderId as OrderId;
          const order = this.get(id, at);
          if (!order) return { orderId: id, ok: false as const, refused: notFound(id) };
          const kind = order.payment.state === 'paid' ? 'paid' : 'unpaid';
          if (!isReasonFor(kind, item.reason)) {
            return {
              orderId: id,
              ok: false as const,
              refused: {
                status: 400 as const,
                code: 'VALIDATION_FAILED' as const,
                detail: `That reason is not one offered for ${kind} orders.`,
              },
            };
          }
          const plannedDecision = planDecision({
            order,
            reason: item.reason,
            requestedAt: at,
            scenario: this.settings.scenario,
            seed: this.settings.seed,
          });
          const outcome = this.event(id, at, {
            type: 'requestRestore',
            reason: item.reason,
            message: request.message,
            plannedDecision,
          });
          return outcome.kind === 'order'
            ? { orderId: id, ok: true as const, order: outcome.order }
            : {
                orderId: id,
                ok: false as const,
                refused: (outcome as Extract<MutationOutcome, { kind: 'refused' }>).refused,
              };
        });
        return { kind: 'restore', results };
      }
      case 'put': {
        const ids = builtOrderIds(this.settings.seed, this.appliedEntries, request.count, (id) =>
          this.orders.has(id as OrderId),
        );
        for (const id of ids) {
          this.insert(buildOrder(request.spec, id, DEMO_BUYER, at, this.context));
        }
        return { kind: 'built', ids };
      }
      default: {
        const unknown: never = request;
        throw new TypeError(`Unknown change ${JSON.stringify(unknown)}`);
      }
    }
  }
}

/** Rebuilds the database from what is stored, without blocking the page while it generates. */
export async function rebuild(
  settings: MockSettings,
  journal: readonly JournalEntry[],
): Promise<MockDb> {
  const data = await generateWithoutBlocking(settings.scenario, settings.seed, settings.resetAt);
  const db = new MockDb(settings, data);
  for (const entry of journal) db.apply(entry);
  await db.warmUp(Date.now());
  return db;
}
