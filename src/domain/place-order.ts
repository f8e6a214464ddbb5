import type { BuyerId, OrderId } from './ids';
import { multiply, sum } from './money';
import type { LineItem, Order, Seller, SellerPlan } from './order';
import { PAY_WINDOW_MS } from './restore-rules';

export type NewOrder = {
  readonly id: OrderId;
  readonly buyerId: BuyerId;
  readonly items: readonly LineItem[];
  readonly seller: Seller;
  readonly placedAt: number;
  readonly plan?: SellerPlan | undefined;
  readonly sourceOrderId?: OrderId | null | undefined;
};

/** A new unpaid order, to be paid within 24 hours. */
export function placeOrder(input: NewOrder): Order {
  if (input.items.length === 0) throw new RangeError('An order needs at least one item.');
  const currency = input.items[0]!.unitPrice.currency;
  const total = sum(
    input.items.map((item) => multiply(item.unitPrice, item.quantity)),
    currency,
  );
  const source = input.sourceOrderId ?? null;
  return {
    id: input.id,
    buyerId: input.buyerId,
    placedAt: input.placedAt,
    items: input.items,
    total,
    seller: input.seller,
    payment: { state: 'unpaid' },
    status: 'unpaid',
    payBy: input.placedAt + PAY_WINDOW_MS,
    shipBy: null,
    shippedAt: null,
    completesAt: null,
    refundBy: null,
    refundedAt: null,
    finishedAt: null,
    cancellation: null,
    restoreRequests: [],
    timeline: [
      {
        at: input.placedAt,
        actor: 'buyer',
        kind: 'placed',
        message: null,
        amount: total,
        until: null,
        reason: null,
        cause: null,
        outcome: null,
      },
    ],
    sourceOrderId: source,
    plan: input.plan,
  };
}

/** "Buy again": a new unpaid order with the same items from the same seller. */
export function buyAgain(source: Order, id: OrderId, now: number, plan?: SellerPlan): Order {
  return placeOrder({
    id,
    buyerId: source.buyerId,
    items: source.items,
    seller: source.seller,
    placedAt: now,
    plan,
    sourceOrderId: source.id,
  });
}
