import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apply, newOrder } from '../../test/domain-fixtures';
import type { Order } from '../../domain/order';
import { DAY } from '../../domain/time';
import { Timeline } from './order-details-screen';

function events(order: Order) {
  render(<Timeline order={order} />);
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

describe('the timeline', () => {
  it('shows every kind of event with its actor, time, text, amount and quoted message', () => {
    let order = apply(newOrder(), [
      { type: 'pay' },
      { type: 'cancel', by: 'seller', reason: 'Out of stock' },
    ]);
    order = apply(order, [
      { type: 'requestRestore', reason: 'want_replacement', message: 'Please <b>send</b> it' },
      { type: 'withdrawRequest' },
      { type: 'requestRestore', reason: 'changed_mind', message: 'Asking again, thank you' },
      { type: 'acceptWithRefund', note: 'Refunding you' },
    ]);
    order = apply(order, [[{ type: 'refundByPasses' }, order.refundBy!]]);
    const items = events(order);
    const texts = items.map((item) => item.textContent);
    expect(items).toHaveLength(order.timeline.length);
    expect(texts[0]).toBe('Nov 25, 2026, 10:00 AM UTC · YouYou placed the order · $25.00');
    expect(texts[1]).toContain('You paid $25.00');
    expect(texts[2]).toContain('The seller');
    expect(texts[2]).toContain('Cancelled by the seller');
    expect(within(items[2]!).getByText('Out of stock')).toBeVisible();
    expect(texts[3]).toContain('The platform');
    expect(texts[3]).toMatch(/Refund of \$25\.00 on its way, by \w{3} \d{1,2}, 2026/);
    expect(within(items[4]!).getByText('Please <b>send</b> it')).toBeVisible();
    expect(texts[5]).toContain('You withdrew your restore request');
    expect(texts[7]).toContain('The seller accepted your request with a refund of $25.00');
    expect(within(items[7]!).getByText('Refunding you')).toBeVisible();
    expect(texts[8]).toContain('Refund of $25.00 completed');
    expect(document.querySelector('b')).toBeNull();
  });

  it('shows shipping, receipt, automatic completion and automatic cancellations', () => {
    const shipped = apply(newOrder(), [{ type: 'pay' }, { type: 'ship' }]);
    const received = events(apply(shipped, [{ type: 'confirmReceipt' }]));
    expect(received.at(-2)!.textContent).toContain('The seller shipped your order');
    expect(received.at(-1)!.textContent).toContain('You confirmed you received the order');

    const completed = apply(shipped, [[{ type: 'autoComplete' }, shipped.completesAt!]]);
    const unpaid = newOrder(completed.placedAt + 20 * DAY, '1000000000000002');
    const lapsed = apply(unpaid, [[{ type: 'payByPasses' }, unpaid.payBy!]]);
    const unshippedPaid = apply(newOrder(completed.placedAt, '1000000000000003'), [
      { type: 'pay' },
    ]);
    const unshipped = apply(unshippedPaid, [[{ type: 'shipByPasses' }, unshippedPaid.shipBy!]]);
    render(
      <>
        <Timeline order={completed} />
        <Timeline order={lapsed} />
        <Timeline order={unshipped} />
      </>,
    );
    expect(screen.getByText('Completed automatically 10 days after shipping')).toBeVisible();
    expect(screen.getByText('Cancelled automatically: payment not received in time')).toBeVisible();
    expect(
      screen.getByText('Cancelled automatically: the seller did not ship in time'),
    ).toBeVisible();
  });
});
