import { describe, expect, it } from 'vitest';
import { bringUpTo } from '../src/domain/bring-up-to';
import { placement, restoreLine } from '../src/domain/placement';
import { restoreMessageSchema } from '../src/domain/message';
import { DAY, HOUR } from '../src/domain/time';
import { generate } from './generate';
import { BUYER_CANCEL_WORDS, BUYER_MESSAGES, SELLER_CANCEL_WORDS } from './people-words';
import { DEMO_BUYER, OTHER_BUYER } from './seed-builder';

const R = Date.UTC(2026, 10, 26, 9, 0, 0);

describe('generate', () => {
  it('gives identical data for the same scenario and seed, whatever the reset moment anchors', () => {
    const a = generate('default', 1, R);
    const b = generate('default', 1, R);
    expect(b).toEqual(a);
    const later = generate('default', 1, R + 3 * DAY);
    expect(later.orders.map((o) => o.id)).toEqual(a.orders.map((o) => o.id));
    expect(later.orders.map((o) => o.items)).toEqual(a.orders.map((o) => o.items));
    expect(later.orders[0]!.placedAt - a.orders[0]!.placedAt).toBe(3 * DAY);
  });

  it('gives different data for another seed', () => {
    const a = generate('default', 1, R);
    const b = generate('default', 2, R);
    expect(b.orders.map((o) => o.id)).not.toEqual(a.orders.map((o) => o.id));
  });

  it('holds about 40 orders of the demo buyer in every state and a second buyer', () => {
    const { orders } = generate('default', 1, R);
    const mine = orders.filter((o) => o.buyerId === DEMO_BUYER).map((o) => bringUpTo(o, R));
    expect(mine.length).toBeGreaterThanOrEqual(35);
    expect(mine.length).toBeLessThanOrEqual(45);
    expect(orders.some((o) => o.buyerId === OTHER_BUYER)).toBe(true);
    expect(new Set(mine.map((o) => o.status))).toEqual(
      new Set([
        'unpaid',
        'paid',
        'shipped',
        'finished',
        'cancelled',
        'restoration_requested',
        'refunding',
      ]),
    );
    const lines = new Set(mine.map((o) => restoreLine(o, R)?.kind).filter(Boolean));
    expect(lines).toEqual(new Set(['window', 'refund', 'requested', 'window_closed', 'refunded']));
    const causes = new Set(
      mine.map(
        (o) =>
          o.cancellation &&
          `${o.cancellation.by}:${o.cancellation.by === 'platform' ? o.cancellation.reason : ''}`,
      ),
    );
    expect(causes).toEqual(
      new Set([
        null,
        'buyer:',
        'seller:',
        'platform:payment_not_received',
        'platform:not_shipped_in_time',
      ]),
    );
    expect(
      mine.some(
        (o) =>
          restoreLine(o, R)?.kind === 'window' &&
          (restoreLine(o, R) as { declinedNote: string | null }).declinedNote,
      ),
    ).toBe(true);
    const ratings = new Set(mine.map((o) => o.seller.rating));
    expect(Math.min(...ratings)).toBe(3.2);
    expect(Math.max(...ratings)).toBe(4.9);
    expect(new Set(mine.map((o) => o.total.currency)).size).toBeGreaterThanOrEqual(3);
  });

  it("seeds the buyers' and sellers' own words (mocks/people-words.ts), as the API takes them", () => {
    const orders = generate('default', 1, R).orders.map((o) => bringUpTo(o, R));
    for (const message of Object.values(BUYER_MESSAGES)) {
      expect(restoreMessageSchema.safeParse(message), message).toEqual({
        success: true,
        data: message,
      });
    }
    const requests = orders.flatMap((o) => o.restoreRequests);
    expect(requests.length).toBeGreaterThan(3);
    for (const request of requests) expect(request.message).toBe(BUYER_MESSAGES[request.reason]);
    const asked = orders.flatMap((o) => o.timeline.filter((e) => e.kind === 'restore_requested'));
    expect(asked).toHaveLength(requests.length);
    for (const entry of asked) expect(entry.message).toBe(BUYER_MESSAGES[entry.reason!]);
    const cancellations = orders.flatMap((o) => (o.cancellation ? [o.cancellation] : []));
    const said = (by: 'buyer' | 'seller') =>
      new Set(cancellations.flatMap((c) => (c.by === by ? [c.reason] : [])));
    expect(said('buyer').size).toBeGreaterThan(0);
    for (const reason of said('buyer')) expect(BUYER_CANCEL_WORDS).toContain(reason);
    for (const reason of said('seller')) expect(SELLER_CANCEL_WORDS).toContain(reason);
    expect(said('seller').size).toBeGreaterThan(0);
  });

  it('keeps each labelled closed request closed the way its label says (product.md §11)', () => {
    const { orders, labels } = generate('default', 1, R);
    const outcomeOf = (label: string) => {
      const id = labels.find((entry) => entry.label === label)!.orderId;
      return bringUpTo(
        orders.find((o) => o.id === id)!,
        R,
      ).restoreRequests.at(-1)!.outcome;
    };
    // The refund must come before the 48-hour answer-by, or the request expires instead.
    expect(outcomeOf('Request closed: refund completed before the seller answered')).toBe(
      'refund_completed',
    );
    expect(outcomeOf('Seller declined, window closed')).toBe('declined');
    expect(outcomeOf('Request withdrawn, window closed')).toBe('withdrawn');
  });

  it('closes a request the refund overtook with no note, the platform not being a seller', () => {
    const orders = generate('default', 1, R).orders.map((o) => bringUpTo(o, R));
    const closed = orders.flatMap((o) =>
      o.restoreRequests.filter((request) => request.outcome === 'refund_completed'),
    );
    expect(closed.length).toBeGreaterThan(0);
    for (const request of closed) expect(request.note).toBeNull();
    const entries = orders.flatMap((o) => o.timeline.filter((e) => e.kind === 'restore_closed'));
    expect(entries.length).toBe(closed.length);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor: 'platform',
        outcome: 'refund_completed',
        message: null,
      });
    }
  });

  it('makes "many-orders" 10,000 cancelled orders', () => {
    const { orders, saleEvents } = generate('many-orders', 1, R);
    const deleted = orders.filter(
      (o) => o.buyerId === DEMO_BUYER && placement(o, R).view === 'deleted',
    );
    expect(deleted).toHaveLength(10_000);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
    expect(saleEvents.some((event) => event.startsAt <= R && R < event.endsAt)).toBe(true);
  });

  it('makes "big-sale" a sale that is on, with 24-hour windows', () => {
    const { orders, saleEvents } = generate('big-sale', 1, R);
    expect(saleEvents.some((event) => event.startsAt <= R && R < event.endsAt)).toBe(true);
    const windows = orders
      .filter(
        (o) => o.cancellation && o.cancellation.at > R - 6 * HOUR && o.payment.state === 'unpaid',
      )
      .map((o) => o.cancellation!.restoreWindowEndsAt! - o.cancellation!.at);
    expect(windows.length).toBeGreaterThan(3);
    expect(new Set(windows)).toEqual(new Set([24 * HOUR]));
  });

  it('makes "empty" hold no order of the demo buyer', () => {
    const { orders } = generate('empty', 1, R);
    expect(orders.filter((o) => o.buyerId === DEMO_BUYER)).toEqual([]);
  });
});
