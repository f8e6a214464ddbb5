/**
 * The seeded data: scenario + seed + the moment of reset → the same orders every time. Order
 * numbers and contents depend on the scenario and seed alone; the reset moment only anchors the
 * times. Every history is built through the domain machine itself, so seeded orders are always
 * ones the machine could have produced.
 */
import { buyerId, orderId, type BuyerId, type OrderId } from '../src/domain/ids';
import { transition, type OrderEvent, type TransitionContext } from '../src/domain/machine';
import type { LineItem, Order, SaleEvent, SellerPlan } from '../src/domain/order';
import { placeOrder } from '../src/domain/place-order';
import {
  BUYER_CANCEL_REASONS,
  reasonsFor,
  SELLER_CANCEL_REASONS,
  type RestoreReasonId,
} from '../src/domain/reasons';
import { refundByFor } from '../src/domain/restore-rules';
import { DAY, HOUR, MINUTE, SECOND } from '../src/domain/time';
import { SELLERS, sellerOf, type CatalogSeller } from './catalog';
import { createRandom, hash32, type Random } from './random';
import type { ScenarioName } from './scenarios';
import { planDecision, planShipping } from './sellers';

export const DEMO_BUYER: BuyerId = buyerId('buyer-demo');
export const OTHER_BUYER: BuyerId = buyerId('buyer-other');

export type GeneratedData = {
  readonly orders: readonly Order[];
  readonly saleEvents: readonly SaleEvent[];
  /** For the README's table: which seeded order is in which state. */
  readonly labels: ReadonlyArray<{ readonly label: string; readonly orderId: OrderId }>;
};

/** Scenarios that only change behaviour share the default data. */
function dataFamily(scenario: ScenarioName): 'default' | 'big-sale' | 'empty' | 'many-orders' {
  switch (scenario) {
    case 'big-sale':
    case 'empty':
    case 'many-orders':
      return scenario;
    default:
      return 'default';
  }
}

class Builder {
  readonly orders: Order[] = [];
  readonly labels: Array<{ label: string; orderId: OrderId }> = [];
  private readonly ids = new Set<string>();

  constructor(
    readonly random: Random,
    readonly scenario: ScenarioName,
    readonly seed: number,
    readonly context: TransitionContext,
  ) {}

  newId(): OrderId {
    for (;;) {
      const id = `8${this.random.digits(15)}`;
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return orderId(id);
      }
    }
  }

  items(seller: CatalogSeller, count: number): LineItem[] {
    const items: LineItem[] = [];
    const products = [...seller.products];
    for (let i = 0; i < count && products.length > 0; i += 1) {
      const product = products.splice(this.random.int(0, products.length - 1), 1)[0]!;
      items.push({
        title: product.title,
        variant: this.random.pick(product.variants),
        quantity: this.random.chance(0.8) ? 1 : this.random.int(2, 3),
        unitPrice: { amountMinor: product.price, currency: seller.currency },
        image: product.image,
      });
    }
    return items;
  }

  place(
    placedAt: number,
    options: { seller?: CatalogSeller; items?: number; plan?: SellerPlan; buyer?: BuyerId } = {},
  ): Order {
    const seller = options.seller ?? this.random.pick(SELLERS);
    const id = this.newId();
    return placeOrder({
      id,
      buyerId: options.buyer ?? DEMO_BUYER,
      items: this.items(seller, options.items ?? 1),
      seller: sellerOf(seller),
      placedAt,
      plan: options.plan ?? planShipping(id, this.seed),
    });
  }

  /** Applies an event at a moment; seeded histories must be ones the machine accepts. */
  at(order: Order, moment: number, event: OrderEvent): Order {
    const result = transition(order, event, moment, this.context);
    if (!result.ok) {
      throw new Error(
        `Seed history refused for ${order.id} (${event.type}): ${result.refusal.message}`,
      );
    }
    return result.order;
  }

  request(order: Order, moment: number, reason?: RestoreReasonId): Order {
    const kind = order.payment.state === 'paid' ? 'paid' : 'unpaid';
    const chosen = reason ?? this.random.pick(reasonsFor(kind)).id;
    const template = reasonsFor(kind).find((candidate) => candidate.id === chosen)!.template;
    const plannedDecision = planDecision({
      order,
      reason: chosen,
      requestedAt: moment,
      scenario: this.scenario,
      seed: this.seed,
    });
    return this.at(order, moment, {
      type: 'requestRestore',
      reason: chosen,
      message: template,
      plannedDecision,
    });
  }

  buyerReason(): string {
    return this.random.pick(BUYER_CANCEL_REASONS);
  }

  sellerReason(): string {
    return this.random.pick(SELLER_CANCEL_REASONS);
  }

  add(order: Order, label?: string): void {
    this.orders.push(order);
    if (label) this.labels.push({ label, orderId: order.id });
  }
}

/** A cancellation moment whose refund (10 business days later) lands between `from` and `to` after R. */
function cancelledForRefundIn(resetAt: number, from: number, to: number): number {
  for (let back = 8 * DAY; back < 20 * DAY; back += HOUR) {
    const cancelledAt = resetAt - back;
    const refundBy = refundByFor(cancelledAt);
    if (refundBy - resetAt >= from && refundBy - resetAt <= to) return cancelledAt;
  }
  throw new Error('No cancellation moment found for the refund window.');
}

function defaultOrders(b: Builder, R: number): void {
  const [aurora, kestrel, maple, nordlicht, sakura, vistula, bargain, pixel] = SELLERS as [
    CatalogSeller,
    CatalogSeller,
    CatalogSeller,
    CatalogSeller,
    CatalogSeller,
    CatalogSeller,
    CatalogSeller,
    CatalogSeller,
  ];
  const neverShips: SellerPlan = { shipDelayMs: null };
  const pay = (o: Order, at: number) => b.at(o, at, { type: 'pay' });
  const byBuyer = (o: Order, at: number) =>
    b.at(o, at, { type: 'cancel', by: 'buyer', reason: b.buyerReason() });
  const bySeller = (o: Order, at: number) =>
    b.at(o, at, { type: 'cancel', by: 'seller', reason: b.sellerReason() });

  // --- My Orders --------------------------------------------------------------------------
  b.add(b.place(R - 10 * MINUTE, { seller: aurora }), 'Unpaid, pay-by in about 24 hours');
  b.add(b.place(R - 23 * HOUR - 45 * MINUTE, { seller: kestrel }), 'Unpaid, pay-by in 15 minutes');
  b.add(b.place(R - 2 * HOUR, { seller: maple, items: 2 }), 'Unpaid, two items');
  b.add(
    pay(
      b.place(R - DAY, { seller: pixel, plan: { shipDelayMs: DAY + 30 * MINUTE } }),
      R - DAY + 5 * MINUTE,
    ),
    'Paid, the seller ships in about 30 minutes',
  );
  b.add(
    pay(b.place(R - 3 * HOUR, { seller: nordlicht, plan: { shipDelayMs: 2 * DAY } }), R - 2 * HOUR),
    'Paid, awaiting shipment',
  );
  b.add(
    pay(b.place(R - 5 * DAY, { seller: bargain, plan: neverShips }), R - 5 * DAY + HOUR),
    'Paid, never shipped: cancelled automatically at ship-by in about an hour',
  );
  const shipped = (seller: CatalogSeller, paidAgo: number, shipDelay: number) =>
    b.at(
      pay(b.place(R - paidAgo - HOUR, { seller, plan: { shipDelayMs: shipDelay } }), R - paidAgo),
      R - paidAgo + shipDelay,
      {
        type: 'ship',
      },
    );
  b.add(shipped(aurora, 4 * DAY, DAY), 'Shipped');
  b.add(shipped(kestrel, 11 * DAY, DAY + HOUR), 'Shipped, completes itself in about an hour');
  const finished = b.at(shipped(maple, 15 * DAY, 2 * DAY), R - 9 * DAY, { type: 'confirmReceipt' });
  b.add(finished, 'Finished (receipt confirmed)');
  b.add(shipped(sakura, 25 * DAY, DAY), 'Finished (completed automatically)');
  {
    const cancelledAt = R - 2 * DAY;
    let o = bySeller(
      pay(b.place(cancelledAt - DAY, { seller: kestrel }), cancelledAt - 20 * HOUR),
      cancelledAt,
    );
    o = b.request(o, cancelledAt + HOUR, 'want_replacement');
    o = b.at(o, cancelledAt + 2 * HOUR, {
      type: 'acceptWithRefund',
      note: 'Sorry, it is out of stock; your refund is on its way.',
    });
    b.add(o, 'Refunding (seller accepted with a refund)');
  }
  {
    const cancelledAt = R - 3 * DAY;
    let o = bySeller(
      pay(
        b.place(cancelledAt - DAY, { seller: pixel, plan: { shipDelayMs: 3 * DAY } }),
        cancelledAt - 20 * HOUR,
      ),
      cancelledAt,
    );
    o = b.request(o, cancelledAt + HOUR, 'want_replacement');
    o = b.at(o, cancelledAt + 90 * MINUTE, {
      type: 'acceptWithReplacement',
      note: 'We will send the item as ordered.',
    });
    b.add(o, 'Paid again (seller restored it with a replacement)');
  }

  // --- Deleted Orders: restorable, unpaid (restore window open) ---------------------------
  b.add(
    byBuyer(b.place(R - 40 * MINUTE, { seller: aurora }), R - 3 * MINUTE),
    'Cancelled by you, window open (12 minutes left)',
  );
  b.add(
    bySeller(b.place(R - HOUR, { seller: maple, items: 2 }), R - 6 * MINUTE),
    'Cancelled by the seller, window open',
  );
  {
    const o = b.place(R - DAY - MINUTE, { seller: kestrel });
    b.add(
      b.at(o, o.payBy!, { type: 'payByPasses' }),
      'Cancelled automatically (payment not received), window open',
    );
  }
  b.add(
    byBuyer(b.place(R - HOUR, { seller: pixel }), R - 14 * MINUTE),
    'Cancelled by you, window closing in 1 minute',
  );
  b.add(
    byBuyer(b.place(R - 2 * HOUR, { seller: bargain }), R - 5 * MINUTE),
    'Cancelled by you, window open, 3.2-star seller',
  );

  // --- Deleted Orders: restorable, paid (refund on its way) -------------------------------
  b.add(
    byBuyer(pay(b.place(R - 2 * DAY, { seller: nordlicht }), R - 2 * DAY + HOUR), R - DAY),
    'Paid, cancelled by you, refund on its way',
  );
  b.add(
    bySeller(pay(b.place(R - DAY, { seller: aurora, items: 3 }), R - DAY + HOUR), R - 2 * HOUR),
    'Paid, cancelled by the seller, refund on its way',
  );
  {
    const o = pay(b.place(R - 6 * DAY - HOUR, { seller: vistula, plan: neverShips }), R - 6 * DAY);
    b.add(
      b.at(o, o.shipBy!, { type: 'shipByPasses' }),
      'Paid, cancelled automatically (not shipped in time)',
    );
  }
  {
    const cancelledAt = cancelledForRefundIn(R, 2 * HOUR, DAY);
    b.add(
      bySeller(
        pay(b.place(cancelledAt - DAY, { seller: sakura }), cancelledAt - 20 * HOUR),
        cancelledAt,
      ),
      'Paid, cancelled by the seller, refund lands within a day',
    );
  }

  // --- Deleted Orders: restoration requested ----------------------------------------------
  b.add(
    b.request(
      byBuyer(b.place(R - 30 * MINUTE, { seller: kestrel }), R - 4 * MINUTE),
      R - 2 * MINUTE,
    ),
    'Restoration requested (unpaid)',
  );
  b.add(
    b.request(
      bySeller(pay(b.place(R - DAY, { seller: maple }), R - 23 * HOUR), R - 3 * HOUR),
      R - 40 * MINUTE,
    ),
    'Restoration requested (paid)',
  );
  b.add(
    b.request(
      byBuyer(b.place(R - HOUR, { seller: pixel }), R - 2 * MINUTE),
      R - MINUTE,
      'payment_resolved',
    ),
    'Restoration requested (unpaid, fast-answering seller)',
  );

  // --- Deleted Orders: declined, still restorable -----------------------------------------
  {
    let o = byBuyer(b.place(R - HOUR, { seller: nordlicht }), R - 9 * MINUTE);
    o = b.request(o, R - 8 * MINUTE, 'still_want_item');
    o = b.at(o, R - 3 * MINUTE, {
      type: 'decline',
      note: 'Sorry, this item is no longer in stock.',
    });
    b.add(o, 'Seller declined, window still open');
  }
  {
    let o = bySeller(
      pay(b.place(R - 3 * DAY, { seller: vistula }), R - 3 * DAY + HOUR),
      R - 2 * DAY,
    );
    o = b.request(o, R - 2 * DAY + HOUR, 'changed_mind');
    o = b.at(o, R - DAY, {
      type: 'decline',
      note: 'The price has changed, so we cannot restore this order.',
    });
    b.add(o, 'Paid, seller declined, refund on its way');
  }

  // --- Deleted Orders: closed ---------------------------------------------------------------
  b.add(byBuyer(b.place(R - 3 * DAY, { seller: sakura }), R - 2 * DAY), 'Restore window closed');
  b.add(
    bySeller(pay(b.place(R - 21 * DAY, { seller: aurora }), R - 21 * DAY + HOUR), R - 20 * DAY),
    'Refunded (refund landed)',
  );
  {
    let o = byBuyer(b.place(R - 2 * DAY, { seller: bargain }), R - DAY);
    o = b.request(o, R - DAY + 5 * MINUTE, 'cancelled_by_mistake');
    o = b.at(o, R - DAY + 2 * HOUR, {
      type: 'decline',
      note: 'We are unable to ship to your address at the moment.',
    });
    b.add(o, 'Seller declined, window closed');
  }
  {
    const cancelledAt = R - 16 * DAY;
    let o = bySeller(
      pay(b.place(cancelledAt - DAY, { seller: vistula }), cancelledAt - 20 * HOUR),
      cancelledAt,
    );
    o = b.at(o, cancelledAt + HOUR, {
      type: 'requestRestore',
      reason: 'product_issue',
      message: reasonsFor('paid')[0]!.template,
    });
    b.add(o, 'Request closed: refund completed before the seller answered');
  }
  {
    let o = byBuyer(b.place(R - 3 * HOUR, { seller: kestrel }), R - 2 * HOUR);
    o = b.request(o, R - 2 * HOUR + 2 * MINUTE, 'cancelled_by_mistake');
    o = b.at(o, R - 2 * HOUR + 5 * MINUTE, { type: 'withdrawRequest' });
    b.add(o, 'Request withdrawn, window closed');
  }

  // --- more history, so the lists look lived in ---------------------------------------------
  for (let i = 0; i < 8; i += 1) {
    const seller = b.random.pick(SELLERS);
    const paidAt = R - (30 + i * 6) * DAY;
    const o = b.at(shipped(seller, R - paidAt, DAY + i * HOUR), paidAt + 4 * DAY, {
      type: 'confirmReceipt',
    });
    b.add(o);
  }
  for (let i = 0; i < 4; i += 1) {
    const placedAt = R - (8 + i * 5) * DAY;
    b.add(byBuyer(b.place(placedAt, { items: 1 + (i % 2) }), placedAt + 30 * MINUTE));
  }

  // --- another buyer's orders: never visible --------------------------------------------------
  b.add(
    b.place(R - HOUR, { seller: aurora, buyer: OTHER_BUYER }),
    'Another buyer: unpaid (never visible)',
  );
  b.add(
    byBuyer(b.place(R - HOUR, { seller: kestrel, buyer: OTHER_BUYER }), R - 2 * MINUTE),
    'Another buyer: cancelled (never visible)',
  );
  b.add(
    pay(b.place(R - DAY, { seller: maple, buyer: OTHER_BUYER }), R - DAY + HOUR),
    'Another buyer: paid (never visible)',
  );
}

function bigSaleOrders(b: Builder, R: number): void {
  defaultOrders(b, R);
  const byBuyer = (o: Order, at: number) =>
    b.at(o, at, { type: 'cancel', by: 'buyer', reason: b.buyerReason() });
  b.add(
    byBuyer(b.place(R - 4 * HOUR), R - 3 * HOUR),
    'Big sale: cancelled 3 hours ago, window still open',
  );
  b.add(
    byBuyer(b.place(R - 6 * HOUR, { items: 2 }), R - 5 * HOUR),
    'Big sale: cancelled 5 hours ago, window still open',
  );
}

const MANY = 10_000;

/** How many orders are generated between two pauses when generating without blocking. */
const SLICE = 400;

/** A generator: it pauses every few hundred orders, so the browser can paint in between. */
function* manyOrders(b: Builder, R: number, sale: SaleEvent): Generator<void, void, void> {
  const pay = (o: Order, at: number) => b.at(o, at, { type: 'pay' });
  for (let i = 0; i < MANY; i += 1) {
    if (i > 0 && i % SLICE === 0) yield;
    const roll = b.random.next();
    const spread = b.random.next();
    if (roll < 0.45) {
      // Paid and cancelled within the last 9 days: the refund is still on its way.
      const cancelledAt = R - HOUR - Math.floor(spread * 8 * DAY);
      const o = pay(b.place(cancelledAt - 2 * DAY), cancelledAt - 2 * DAY + HOUR);
      const cancelled = b.random.chance(0.6)
        ? b.at(o, cancelledAt, { type: 'cancel', by: 'seller', reason: b.sellerReason() })
        : b.at(o, cancelledAt, { type: 'cancel', by: 'buyer', reason: b.buyerReason() });
      b.add(cancelled);
    } else if (roll < 0.85) {
      // Unpaid and cancelled during the sale: 24-hour restore windows.
      const cancelledAt = R - MINUTE - Math.floor(spread * (R - sale.startsAt - HOUR));
      const o = b.place(cancelledAt - 30 * MINUTE);
      b.add(
        b.random.chance(0.3)
          ? b.at(o, cancelledAt, { type: 'cancel', by: 'seller', reason: b.sellerReason() })
          : b.at(o, cancelledAt, { type: 'cancel', by: 'buyer', reason: b.buyerReason() }),
      );
    } else if (roll < 0.9) {
      // Cancelled during the sale and just asked to be restored: the sellers have not answered yet.
      const cancelledAt = R - HOUR - Math.floor(spread * 3 * HOUR);
      const o = b.at(b.place(cancelledAt - HOUR), cancelledAt, {
        type: 'cancel',
        by: 'buyer',
        reason: b.buyerReason(),
      });
      b.add(b.request(o, R - 30 * SECOND));
    } else {
      // Cancelled before the sale: the window closed long ago.
      const cancelledAt = sale.startsAt - HOUR - Math.floor(spread * 5 * DAY);
      b.add(
        b.at(b.place(cancelledAt - HOUR), cancelledAt, {
          type: 'cancel',
          by: 'buyer',
          reason: b.buyerReason(),
        }),
      );
    }
  }
  b.add(b.place(R - 10 * MINUTE, { seller: SELLERS[0] }), 'Unpaid');
  b.add(pay(b.place(R - DAY, { seller: SELLERS[1] }), R - DAY + HOUR), 'Paid');
}

/** The steps of generating: the data at the end, pauses in between (see `manyOrders`). */
function* generation(
  scenario: ScenarioName,
  seed: number,
  resetAt: number,
): Generator<void, GeneratedData, void> {
  const family = dataFamily(scenario);
  const R = resetAt;
  const saleEvents: SaleEvent[] = [
    { id: 'singles-day', name: "Singles' Day Sale", startsAt: R - 16 * DAY, endsAt: R - 14 * DAY },
  ];
  if (family === 'big-sale') {
    saleEvents.push({
      id: 'big-sale',
      name: 'Black Friday Big Sale',
      startsAt: R - 6 * HOUR,
      endsAt: R + 2 * DAY,
    });
  }
  if (family === 'many-orders') {
    saleEvents.push({
      id: 'mega-sale',
      name: 'Mega Sale',
      startsAt: R - 20 * HOUR,
      endsAt: R + DAY,
    });
  }
  const builder = new Builder(createRandom(hash32(family, seed)), scenario, seed, { saleEvents });
  switch (family) {
    case 'default':
      defaultOrders(builder, R);
      break;
    case 'big-sale':
      bigSaleOrders(builder, R);
      break;
    case 'empty':
      builder.add(
        builder.place(R - HOUR, { buyer: OTHER_BUYER }),
        'Another buyer: unpaid (never visible)',
      );
      break;
    case 'many-orders':
      yield* manyOrders(builder, R, saleEvents.at(-1)!);
      break;
  }
  return { orders: builder.orders, saleEvents, labels: builder.labels };
}

export function generate(scenario: ScenarioName, seed: number, resetAt: number): GeneratedData {
  const steps = generation(scenario, seed, resetAt);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Gives the browser a moment (to paint, to handle input) between two slices of work. */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The same data as `generate`, made in slices so that 10,000 orders never block the page. */
export async function generateWithoutBlocking(
  scenario: ScenarioName,
  seed: number,
  resetAt: number,
): Promise<GeneratedData> {
  const steps = generation(scenario, seed, resetAt);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
