/**
 * Every distinct view state, scanned with axe (WCAG 2.2 A and AA) once: the flows elsewhere pass
 * through the same states, so they do not scan again.
 */
import { orders } from '../mocks/qa';
import { expect, notice, test } from './fixtures';
import { CancelDialog } from './pages/cancel-dialog';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { MyOrdersPage } from './pages/my-orders-page';
import { OrderDetailsPage } from './pages/order-details-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

test('My Orders: every kind of card', async ({ page, openApp, checkA11y }) => {
  await openApp('/orders');
  const myOrders = new MyOrdersPage(page);
  await expect(myOrders.orders.first()).toBeVisible();
  await expect(myOrders.tab('Unpaid')).toContainText(/\d/);
  await checkA11y();
});

test('My Orders: a search that finds nothing, and the cancel dialog with its error', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openApp('/orders');
  const myOrders = new MyOrdersPage(page);
  await myOrders.searchFor('nothing like this');
  await expect(page.getByText('No orders match “nothing like this”.')).toBeVisible();
  await checkA11y();

  await myOrders.searchFor('');
  const unpaid = myOrders.order(seededOrder('Unpaid, two items'));
  await unpaid.getByRole('button', { name: 'Cancel order' }).click();
  const dialog = new CancelDialog(page);
  await dialog.confirm.click();
  await expect(dialog.dialog.getByText('Choose a reason.')).toBeVisible();
  await checkA11y();
});

test('My Orders with no orders at all', async ({ page, openApp, checkA11y }) => {
  await openApp('/orders', { scenario: 'empty' });
  await expect(page.getByText('You have no orders yet.')).toBeVisible();
  await checkA11y();
});

test('Deleted Orders during a sale, with orders selected and the selection bar', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openApp('/orders/deleted', { scenario: 'big-sale' });
  const deleted = new DeletedOrdersPage(page);
  await expect(page.getByRole('complementary', { name: 'Sale event' })).toBeVisible();
  await deleted.select(seededOrder('Cancelled by the seller, window open', 'big-sale')).check();
  await deleted.select(seededOrder('Restore window closed', 'big-sale')).check();
  await expect(deleted.selectionBar).toContainText('2 orders selected');
  await checkA11y();
});

test('the restore dialog: one order with its errors, then a mixed selection', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(seededOrder('Cancelled by the seller, window open')).click();
  const one = new RestoreDialog(page, 'Restore order');
  await one.submit.click();
  await expect(one.dialog.getByText('Choose a reason.')).toBeVisible();
  await checkA11y();
  await one.cancel.click();

  for (const label of [
    'Cancelled by you, window open (12 minutes left)',
    'Paid, cancelled by the seller, refund on its way',
    'Restore window closed',
  ]) {
    await deleted.select(seededOrder(label)).check();
  }
  await deleted.restoreSelected.click();
  const mixed = new RestoreDialog(page, 'Restore 2 orders');
  await expect(mixed.unpaidReason).toBeVisible();
  await expect(mixed.dialog.getByText('1 order will not be sent')).toBeVisible();
  await checkA11y();
});

test.describe('after sending', () => {
  // The unanswered request's tries are network errors on purpose; Chromium logs each one.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });
  test('the summary of a send with a refusal and an unanswered request, and the queued card', async ({
    page,
    openApp,
    mock,
    checkA11y,
  }) => {
    // The unanswered request waits, in real time, for its retries to give up.
    test.slow();
    await openApp('/orders/deleted', { scenario: 'empty' });
    const [refused, unanswered] = await mock.put(orders.cancelled(), 2);
    await mock.fail('POST /api/restore-requests', { status: 409, orderId: refused! });
    // No answer to any of its tries: it stays queued.
    await mock.loseAnswer('POST /api/restore-requests', { orderId: unanswered!, times: 4 });
    const deleted = new DeletedOrdersPage(page);
    for (const id of [refused!, unanswered!]) {
      await deleted.restoreButton(id).click();
      const dialog = new RestoreDialog(page, 'Restore order');
      await dialog.fill('I still want the item');
      await dialog.send();
      if (id === refused) {
        await expect(dialog.dialog.getByText('1 failed: no longer cancelled')).toBeVisible();
        await checkA11y();
      } else {
        await expect(
          dialog.dialog.getByText('1 queued: no answer from the server yet'),
        ).toBeVisible();
      }
      await dialog.dismiss.click();
    }
    await expect(
      deleted.order(unanswered!).getByText(/^Your restore request is queued/),
    ).toBeVisible();
    await checkA11y();
  });
});

test('the withdraw confirmation, and a seller answer in a page notice', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await page.clock.install();
  await openApp('/orders/deleted?filter=requested', { scenario: 'sellers-accept' });
  const deleted = new DeletedOrdersPage(page);
  const id = seededOrder('Restoration requested (unpaid)', 'sellers-accept');
  await deleted.order(id).getByRole('button', { name: 'Withdraw request' }).click();
  await expect(page.getByRole('dialog', { name: 'Withdraw request?' })).toBeVisible();
  await checkA11y();
  await page.getByRole('button', { name: 'Keep request' }).click();
  await page.clock.fastForward('03:00:00');
  await expect(notice(page, /restored — pay by/).first()).toBeVisible();
  await checkA11y();
});

test('an order record with a decline, and the not-found page', async ({
  page,
  openApp,
  checkA11y,
}) => {
  const id = seededOrder('Seller declined, window still open');
  await openApp(`/orders/${id}`);
  const record = new OrderDetailsPage(page, id);
  await expect(record.timeline.first()).toBeVisible();
  await checkA11y();
  await page.goto('/orders/0000000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
  await checkA11y();
});

test('a phone-sized screen: Deleted Orders with a selection, and the restore dialog', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  await deleted.select(seededOrder('Cancelled by the seller, window open')).check();
  await expect(deleted.selectionBar).toBeVisible();
  await checkA11y();
  await deleted.restoreSelected.click();
  await expect(new RestoreDialog(page, 'Restore order').reason).toBeVisible();
  await checkA11y();
});
