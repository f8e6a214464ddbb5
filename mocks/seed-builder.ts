/**
 * The tool every seeded history is written with: it picks order numbers, items and reasons from
 * the seeded random, places orders and plays each event through the domain machine, so seeded
 * orders are always ones the machine could have produced.
 */
import { buyerId, orderId, type BuyerId, type OrderId } from '../src/domain/ids';
import { transition, type OrderEvent, type TransitionContext } from '../src/domain/machine';
import type { LineItem, Order, SellerPlan } from '../src/domain/order';
import { placeOrder } from '../src/domain/place-order';
import { reasonsFor, type RestoreReasonId } from '../src/domain/reasons';
import { SELLERS, sellerOf, type CatalogSeller } from './catalog';
import { BUYER_CANCEL_WORDS, BUYER_MESSAGES, SELLER_CANCEL_WORDS } from './people-words';
import type { Random } from './random';
import type { ScenarioName } from './scenarios';
import { planDecision, planShipping } from './sellers';

export const DEMO_BUYER: BuyerId = buyerId('buyer-demo');
export const OTHER_BUYER: BuyerId = buyerId('buyer-other');

export class SeedBuilder {
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
    const chosen = reason ?? this.random.pick(reasonsFor(kind));
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
      message: BUYER_MESSAGES[chosen],
      plannedDecision,
    });
  }

  buyerReason(): string {
    return this.random.pick(BUYER_CANCEL_WORDS);
  }

  sellerReason(): string {
    return this.random.pick(SELLER_CANCEL_WORDS);
  }

  add(order: Order, label?: string): void {
    this.orders.push(order);
    if (label) this.labels.push({ label, orderId: order.id });
  }
}
