/**
 * The first layer of the mock's database: the orders generated from the stored settings and the
 * ones the journal added, each brought up to the moment asked through the domain and kept until
 * its next scheduled event. The queries (db-queries.ts) and the changes (db.ts) build on it.
 */
import { bringUpTo, scheduledEvents } from '../src/domain/bring-up-to';
import { isOrderId, type OrderId } from '../src/domain/ids';
import type { TransitionContext } from '../src/domain/machine';
import type { Order, SaleEvent } from '../src/domain/order';
import { generate, runInSlices, type GeneratedData } from './generate';
import { DEMO_BUYER } from './seed-builder';
import type { MockSettings } from './storage';

type Memo = { stored: Order; upTo: Order; from: number; until: number };

export abstract class OrderStore {
  readonly settings: MockSettings;
  readonly saleEvents: readonly SaleEvent[];
  protected readonly context: TransitionContext;
  protected readonly orders = new Map<OrderId, Order>();
  protected readonly memo = new Map<OrderId, Memo>();
  /** The order ids of the demo buyer, in insertion order. */
  protected readonly mine: OrderId[] = [];
  /** Bumped by every change, so cached lists know they are stale. */
  protected version = 0;

  constructor(
    settings: MockSettings,
    data: GeneratedData = generate(settings.scenario, settings.seed, settings.resetAt),
  ) {
    this.settings = settings;
    this.saleEvents = data.saleEvents;
    this.context = { saleEvents: data.saleEvents };
    for (const order of data.orders) this.insert(order);
  }

  protected insert(order: Order): void {
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
   * Visits every order of the signed-in buyer as it is at `now`, in slices (`runInSlices`), so
   * that 10,000 orders never make one long task; resolves once every order was visited.
   */
  protected forEachMine(now: number, visit: (order: Order, id: OrderId) => void): Promise<void> {
    const ids = this.mine;
    const get = (id: OrderId) => this.get(id, now)!;
    return runInSlices(
      (function* visitAll() {
        for (let index = 0; index < ids.length; index += 1) {
          const id = ids[index]!;
          visit(get(id), id);
          if (index % 50 === 49) yield;
        }
      })(),
    );
  }

  /** Brings every order up to `now`, so that the first list asked for does not. */
  warmUp(now: number): Promise<void> {
    return this.forEachMine(now, () => undefined);
  }
}
