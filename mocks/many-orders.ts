/** The many-orders data: 10,000 orders cancelled around a sale, generated a slice at a time. */
import type { Order, SaleEvent } from '../src/domain/order';
import { DAY, HOUR, MINUTE, SECOND } from '../src/domain/time';
import { SELLERS } from './catalog';
import type { SeedBuilder } from './seed-builder';

const MANY = 10_000;

/** How many orders are generated between two points where generating may pause. */
const STEP = 20;

/** A generator: it can pause every few orders, so the browser can paint in between. */
export function* manyOrders(
  b: SeedBuilder,
  R: number,
  sale: SaleEvent,
): Generator<void, void, void> {
  const pay = (o: Order, at: number) => b.at(o, at, { type: 'pay' });
  for (let i = 0; i < MANY; i += 1) {
    if (i > 0 && i % STEP === 0) yield;
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
