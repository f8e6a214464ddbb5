/** What happens by itself as time passes: the platform's deadlines, in the words buyers see. */
import { orders } from '../mocks/qa';
import { expect, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { MyOrdersPage } from './pages/my-orders-page';
import { seededOrder } from './seed';

test("each cancelled order says who cancelled it, in the seed's three causes", async ({
  page,
  openApp,
}) => {
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  const causes: Array<[string, string, string | null]> = [
    ['Cancelled by you, window open (12 minutes left)', 'You cancelled this order', null],
    [
      'Cancelled by the seller, window open',
      'Cancelled by the seller',
      'Out of stock|Cannot ship|Price listed|Item damaged',
    ],
    [
      'Cancelled automatically (payment not received), window open',
      'Cancelled automatically: payment not received in time',
      null,
    ],
    [
      'Paid, cancelled automatically (not shipped in time)',
      'Cancelled automatically: the seller did not ship in time',
      null,
    ],
  ];
  for (const [label, words, reason] of causes) {
    const card = deleted.order(seededOrder(label));
    await expect(card.getByText(words, { exact: true })).toBeVisible();
    if (reason) await expect(card.getByText(new RegExp(reason))).toBeVisible();
  }
});

test('a paid order the seller never ships is cancelled automatically at ship-by', async ({
  page,
  openApp,
  moveTime,
}) => {
  const id = seededOrder(
    'Paid, never shipped: cancelled automatically at ship-by in about an hour',
  );
  await page.clock.install();
  await openApp('/orders?tab=paid');
  const myOrders = new MyOrdersPage(page);
  await expect(myOrders.order(id).getByText(/^The seller ships by /)).toBeVisible();
  await moveTime('01:10:00');
  await expect(myOrders.order(id)).toHaveCount(0);
  const deleted = new DeletedOrdersPage(page);
  await deleted.link.click();
  const card = deleted.order(id);
  await expect(
    card.getByText('Cancelled automatically: the seller did not ship in time'),
  ).toBeVisible();
  await expect(card.getByText(/^Refund by \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
  await expect(deleted.restoreButton(id)).toBeVisible();
});

test('a refund lands: the order is closed, "Refunded on …", and can be bought again', async ({
  page,
  openApp,
  moveTime,
  mock,
}) => {
  await page.clock.install();
  await openApp('/orders/deleted?filter=restorable', { scenario: 'empty' });
  const [id] = await mock.put(
    orders.cancelled({ paid: true, cancelledBy: 'seller', refundIn: '01:00:00' }),
  );
  const deleted = new DeletedOrdersPage(page);
  await expect(deleted.order(id!).getByText(/^Refund by /)).toBeVisible();
  await moveTime('01:01:00');
  await expect(deleted.order(id!)).toHaveCount(0);
  await deleted.filter('Closed').click();
  const card = deleted.order(id!);
  await expect(card.getByText(/^Refunded on \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Buy again' })).toBeVisible();
  await expect(deleted.restoreButton(id!)).toHaveCount(0);
});

test('a shipped order completes itself ten days after shipping', async ({
  page,
  openApp,
  moveTime,
}) => {
  const id = seededOrder('Shipped, completes itself in about an hour');
  await page.clock.install();
  await openApp('/orders?tab=shipped');
  const myOrders = new MyOrdersPage(page);
  await expect(myOrders.order(id).getByText(/completes automatically on/)).toBeVisible();
  await moveTime('01:05:00');
  await expect(myOrders.order(id)).toHaveCount(0);
  await myOrders.tab('Finished').click();
  await expect(myOrders.order(id).getByText('Finished', { exact: true })).toBeVisible();
});

test('a paid request the seller never answered closes when the refund lands first', async ({
  page,
  openApp,
  moveTime,
  mock,
}) => {
  await page.clock.install();
  await openApp('/orders', { scenario: 'empty' });
  const [id] = await mock.put(orders.requested({ paid: true, refundIn: '02:00:00' }));
  await page.goto(`/orders/${id}`);
  await expect(page.getByText('Restoration requested', { exact: true }).first()).toBeVisible();
  await moveTime('02:01:00');
  await expect(
    page.getByText('Request closed: Refund completed before the seller answered'),
  ).toBeVisible();
  await expect(page.getByText(/^Refunded on \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Buy again' })).toBeVisible();
});
