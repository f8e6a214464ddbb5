// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState, SELLER, T0 } from '../test/domain-fixtures';
import { buyerId, isOrderId, orderId, sellerId } from './ids';
import { isPaid, lastRequest, pendingRequest } from './order';
import { buyAgain, placeOrder } from './place-order';
import { DAY, HOUR } from './time';

const states = ordersByState();

describe('order numbers', () => {
  it('are strings of exactly 16 digits', () => {
    expect(isOrderId('1000000000000001')).toBe(true);
    expect(isOrderId('100000000000001')).toBe(false);
    expect(isOrderId('10000000000000012')).toBe(false);
    expect(isOrderId('100000000000000a')).toBe(false);
    expect(isOrderId(' 1000000000000001')).toBe(false);
  });

  it('are never JS numbers', () => {
    expect(isOrderId(1000000000000001)).toBe(false);
    expect(isOrderId(null)).toBe(false);
    expect(isOrderId(['1000000000000001'])).toBe(false);
  });

  it('are checked when made', () => {
    expect(orderId('1000000000000001')).toBe('1000000000000001');
    expect(() => orderId('12')).toThrow(new TypeError('Not an order number: "12"'));
  });

  it('keep buyer and seller ids as given', () => {
    expect(buyerId('buyer-demo')).toBe('buyer-demo');
    expect(sellerId('seller-7')).toBe('seller-7');
  });
});

describe('restore requests on an order', () => {
  it('has none on a new order', () => {
    expect(pendingRequest(newOrder())).toBeUndefined();
    expect(lastRequest(newOrder())).toBeUndefined();
  });

  it('has a pending request while the seller has not answered', () => {
    const { requestedUnpaid } = states;
    const request = requestedUnpaid.restoreRequests[0];
    expect(pendingRequest(requestedUnpaid)).toBe(request);
    expect(lastRequest(requestedUnpaid)).toBe(request);
  });

  it('keeps the last request after it was answered, but none pending', () => {
    const declined = apply(states.requestedUnpaid, [{ type: 'decline', note: 'Sorry' }]);
    expect(pendingRequest(declined)).toBeUndefined();
    expect(lastRequest(declined)).toMatchObject({ outcome: 'declined', note: 'Sorry' });
  });

  it('knows a paid order from an unpaid one', () => {
    expect(isPaid(states.unpaid)).toBe(false);
    expect(isPaid(states.cancelledUnpaid)).toBe(false);
    expect(isPaid(states.paid)).toBe(true);
    expect(isPaid(states.cancelledPaid)).toBe(true);
  });
});

describe('placing an order', () => {
  const lamp = {
    title: 'Lamp',
    variant: 'White',
    quantity: 2,
    unitPrice: { amountMinor: 1250, currency: 'USD' },
    image: '/images/products/lamp.svg',
  } as const;
  const shade = {
    ...lamp,
    title: 'Shade',
    quantity: 3,
    unitPrice: { ...lamp.unitPrice, amountMinor: 199 },
  };

  it('is unpaid, to be paid within 24 hours, with the total of its items', () => {
    const order = placeOrder({
      id: orderId('1000000000000042'),
      buyerId: buyerId('buyer-demo'),
      items: [lamp, shade],
      seller: SELLER,
      placedAt: T0,
    });
    expect(order).toEqual({
      id: '1000000000000042',
      buyerId: 'buyer-demo',
      placedAt: T0,
      items: [lamp, shade],
      total: { amountMinor: 2500 + 597, currency: 'USD' },
      seller: SELLER,
      payment: { state: 'unpaid' },
      status: 'unpaid',
      payBy: T0 + DAY,
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
          at: T0,
          actor: 'buyer',
          kind: 'placed',
          message: null,
          amount: { amountMinor: 3097, currency: 'USD' },
          until: null,
          reason: null,
          cause: null,
          outcome: null,
        },
      ],
      sourceOrderId: null,
      plan: undefined,
    });
  });

  it('needs at least one item', () => {
    expect(() =>
      placeOrder({
        id: orderId('1000000000000042'),
        buyerId: buyerId('buyer-demo'),
        items: [],
        seller: SELLER,
        placedAt: T0,
      }),
    ).toThrow(new RangeError('An order needs at least one item.'));
  });

  it('cannot mix currencies', () => {
    const euro = { ...lamp, unitPrice: { amountMinor: 100, currency: 'EUR' } } as const;
    expect(() =>
      placeOrder({
        id: orderId('1000000000000042'),
        buyerId: buyerId('buyer-demo'),
        items: [lamp, euro],
        seller: SELLER,
        placedAt: T0,
      }),
    ).toThrow(TypeError);
  });
});

describe('"Buy again"', () => {
  it('places a new unpaid order with the same items from the same seller', () => {
    const { cancelledPaid } = states;
    const now = lastAt(cancelledPaid) + HOUR;
    const plan = { shipDelayMs: DAY };
    const again = buyAgain(cancelledPaid, orderId('2000000000000001'), now, plan);
    expect(again).toMatchObject({
      id: '2000000000000001',
      buyerId: cancelledPaid.buyerId,
      items: cancelledPaid.items,
      total: cancelledPaid.total,
      seller: cancelledPaid.seller,
      placedAt: now,
      status: 'unpaid',
      payment: { state: 'unpaid' },
      payBy: now + DAY,
      restoreRequests: [],
      sourceOrderId: cancelledPaid.id,
      plan,
    });
    expect(again.timeline).toEqual([
      {
        at: now,
        actor: 'buyer',
        kind: 'placed',
        message: null,
        amount: { amountMinor: 2500, currency: 'USD' },
        until: null,
        reason: null,
        cause: null,
        outcome: null,
      },
    ]);
  });
});
