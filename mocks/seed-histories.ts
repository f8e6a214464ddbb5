/**
 * The hand-written seeded histories of the default and big-sale data: one order in each state the
 * README's table lists, a little more history so the lists look lived in, and another buyer's
 * orders that are never visible.
 */
import type { Order, SellerPlan } from '../src/domain/order';
import { BUYER_MESSAGES } from './people-words';
import { refundByFor } from '../src/domain/restore-rules';
import { DAY, HOUR, MINUTE } from '../src/domain/time';
import { SELLERS, type CatalogSeller } from './catalog';
import { OTHER_BUYER, type SeedBuilder } from './seed-builder';

/** A cancellation moment whose refund (10 business days later) lands between `from` and `to` after R. */
function cancelledForRefundIn(resetAt: number, from: number, to: number): number {
  for (let back = 8 * DAY; back < 20 * DAY; back += HOUR) {
    const cancelledAt = resetAt - back;
    const refundBy = refundByFor(cancelledAt);
    if (refundBy - resetAt >= from && refundBy - resetAt <= to) return cancelledAt;
  }
  throw new Error('No cancellation moment found for the refund window.');
}

export function defaultOrders(b: SeedBuilder, R: number): void {
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
    // Asked a day before the refund was due: the refund lands before the seller's 48 hours are up.
    o = b.at(o, refundByFor(cancelledAt) - DAY, {
      type: 'requestRestore',
      reason: 'product_issue',
      message: BUYER_MESSAGES.product_issue,
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

export function bigSaleOrders(b: SeedBuilder, R: number): void {
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
