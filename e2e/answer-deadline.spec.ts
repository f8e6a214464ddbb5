/**
 * The seller's answer deadline (product.md §11): a request waits 48 hours at most. With
 * `sellers-silent` no seller answers, so the platform closes the request and, while the order's
 * refund-by still allows, the buyer can ask again.
 */
import { expect, notice, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

test('a silent seller: the request expires at 48 hours and the buyer asks again', async ({
  page,
  openApp,
  checkA11y,
}) => {
  const id = seededOrder('Paid, cancelled by the seller, refund on its way', 'sellers-silent');
  await page.clock.install();
  await openApp('/orders/deleted?filter=restorable', { scenario: 'sellers-silent' });
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await dialog.fill('Changed mind');
  await dialog.send();
  await dialog.dismiss.click();

  await deleted.filter('Requested').click();
  const card = deleted.order(id);
  // The pending request says how long the seller has: 48 hours from now, in the buyer's zone.
  await expect(
    card.getByText(/^The seller has until \w{3} \d{1,2}, \d{4}, .+ UTC to answer$/),
  ).toBeVisible();

  // A minute short of the deadline: still waiting.
  await page.clock.fastForward('47:59:00');
  await expect(card.getByText(/^Waiting 1 day 23 hr/)).toBeVisible();
  await expect(card.getByText('Restoration requested', { exact: true }).first()).toBeVisible();

  // The deadline passes: the platform closes the request, and says so.
  await page.clock.fastForward('02:00');
  await expect(
    notice(page, `Order ${id}: the seller did not answer in time, so the request was closed`),
  ).toBeVisible();
  await deleted.filter('Restorable').click();
  await expect(card.getByText('The seller did not answer in time')).toBeVisible();
  await checkA11y();

  // The refund is still days away, so the buyer can ask again.
  await deleted.restoreButton(id).click();
  const again = new RestoreDialog(page, 'Restore order');
  await again.fill('Changed mind');
  await again.send();
  await expect(again.dialog.getByText('1 request sent')).toBeVisible();
});
