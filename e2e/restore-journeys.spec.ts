/**
 * The seed's two journeys, step by step (seed: "How to Restore an Unpaid / a Paid Cancelled
 * Order"), with the clock moved by page.clock so sellers answer and refunds land.
 */
import { expect, notice, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { MyOrdersPage } from './pages/my-orders-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

test(
  'unpaid: Restore → Restoration requested → seller accepts → Unpaid → Pay now → Paid',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Cancelled by you, window open (12 minutes left)', 'sellers-accept');
    await page.clock.install();
    // Step 1: My Orders > Deleted Orders.
    await openApp('/orders', { scenario: 'sellers-accept' });
    const deleted = new DeletedOrdersPage(page);
    await deleted.link.click();
    const card = deleted.order(id);
    await expect(card.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(card.getByText('You cancelled this order')).toBeVisible();
    await expect(card.getByText(/^Restore within \d\d:\d\d$/)).toBeVisible();
    // Step 2: find the order and click Restore.
    await deleted.restoreButton(id).click();
    // Step 3: a reason from the dropdown and a message to the seller.
    const dialog = new RestoreDialog(page, 'Restore order');
    await expect(dialog.dialog).toBeVisible();
    await dialog.fill(
      'Payment issue has been resolved',
      'Hello, my card works again now. Please restore the order, thank you!',
    );
    // Step 4: Submit; the status changes from Cancelled to Restoration requested.
    await dialog.send();
    await expect(dialog.dialog.getByText('1 request sent')).toBeVisible();
    await dialog.dismiss.click();
    await expect(card.getByText('Restoration requested', { exact: true }).first()).toBeVisible();
    await expect(
      card.getByText(/^Waiting .* · this seller usually answers within 15 min$/),
    ).toBeVisible();
    // Step 5: the seller confirms; the status changes back to Unpaid.
    await page.clock.fastForward('10:30');
    await expect(notice(page, new RegExp(`Order ${id} restored — pay by`))).toBeVisible();
    await expect(card).toHaveCount(0);
    const myOrders = new MyOrdersPage(page);
    await myOrders.goto();
    const restored = myOrders.order(id);
    await expect(restored.getByText('Unpaid', { exact: true })).toBeVisible();
    await expect(restored.getByText(/Restored by the seller on/)).toBeVisible();
    // Step 6: pay, so the seller can ship.
    await restored.getByRole('button', { name: 'Pay now' }).click();
    await expect(restored.getByText('Paid', { exact: true })).toBeVisible();
  },
);

test(
  'paid with a replacement: → Paid → seller ships → Shipped → Confirm receipt → Finished',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Paid, cancelled by the seller, refund on its way', 'sellers-replace');
    await page.clock.install();
    await openApp('/orders/deleted?filter=restorable', { scenario: 'sellers-replace' });
    const deleted = new DeletedOrdersPage(page);
    await expect(deleted.order(id).getByText(/^Refund by \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I want a replacement');
    await dialog.send();
    await dialog.dismiss.click();
    await expect(deleted.order(id)).toHaveCount(0);
    await deleted.filter('Requested').click();
    await expect(
      deleted.order(id).getByText('Restoration requested', { exact: true }).first(),
    ).toBeVisible();

    await page.clock.fastForward('10:30');
    await expect(
      notice(page, new RegExp(`Order ${id} restored — the seller will ship it by`)),
    ).toBeVisible();
    const myOrders = new MyOrdersPage(page);
    await myOrders.goto();
    await expect(myOrders.order(id).getByText('Paid', { exact: true })).toBeVisible();
    // This seller ships about 14 hours after the restore.
    await page.clock.fastForward('15:00:00');
    await page.reload();
    await expect(myOrders.order(id).getByText('Shipped', { exact: true })).toBeVisible();
    await myOrders.order(id).getByRole('button', { name: 'Confirm receipt' }).click();
    await expect(myOrders.order(id).getByText('Finished', { exact: true })).toBeVisible();
  },
);

test(
  'paid with a refund: → Refunding → the refund lands → Finished',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Paid, cancelled by you, refund on its way', 'sellers-refund');
    await page.clock.install();
    await openApp('/orders/deleted', { scenario: 'sellers-refund' });
    const deleted = new DeletedOrdersPage(page);
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('Changed mind');
    await dialog.send();
    await dialog.dismiss.click();
    await page.clock.fastForward('10:30');
    await expect(
      notice(page, new RegExp(`Order ${id}: the seller accepted with a refund of`)),
    ).toBeVisible();
    const myOrders = new MyOrdersPage(page);
    await myOrders.goto();
    await myOrders.tab('Refunding').click();
    const order = myOrders.order(id);
    await expect(order.getByText('Refunding', { exact: true })).toBeVisible();
    await expect(order.getByText(/^Refund of .* by \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
    // Ten business days are at most fourteen calendar days.
    await page.clock.fastForward(14 * 24 * 60 * 60 * 1000);
    await page.reload();
    await expect(myOrders.order(id)).toHaveCount(0);
    await myOrders.tab('Finished').click();
    await expect(myOrders.order(id).getByText('Finished', { exact: true })).toBeVisible();
  },
);

test(
  "a decline shows the seller's note, and the buyer may ask again while still restorable",
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Cancelled by you, window open (12 minutes left)', 'sellers-decline');
    await page.clock.install();
    await openApp('/orders/deleted', { scenario: 'sellers-decline' });
    const deleted = new DeletedOrdersPage(page);
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I cancelled by mistake');
    await dialog.send();
    await dialog.dismiss.click();
    await page.clock.fastForward('10:05');
    const card = deleted.order(id);
    await expect(card.getByText(/^Seller declined: .+/)).toBeVisible();
    await expect(card.getByText(/^Restore within 0\d:\d\d$/)).toBeVisible();
    await expect(notice(page, new RegExp(`Seller declined to restore order ${id}`))).toBeVisible();
    await deleted.restoreButton(id).click();
    await dialog.fill(
      'I still want the item',
      'Hello again, I would pay a little more if the price changed. Thank you!',
    );
    await dialog.send();
    await expect(dialog.dialog.getByText('1 request sent')).toBeVisible();
  },
);

test(
  'the window closes while the buyer watches; "Buy again" takes its place',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Cancelled by you, window closing in 1 minute');
    await page.clock.install();
    await openApp('/orders/deleted');
    const deleted = new DeletedOrdersPage(page);
    const card = deleted.order(id);
    await expect(card.getByText(/^Restore within 00:\d\d$/)).toBeVisible();
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await expect(dialog.dialog).toBeVisible();
    await page.clock.fastForward('01:05');
    await expect(dialog.dialog.getByRole('alert')).toContainText(
      'restore window for this order has closed',
    );
    await expect(dialog.submit).toBeDisabled();
    await dialog.cancel.click();
    await expect(card.getByText('Restore window closed')).toBeVisible();
    await expect(deleted.restoreButton(id)).toHaveCount(0);
    await card.getByRole('button', { name: 'Buy again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Order \d{16}$/ })).not.toHaveText(
      `Order ${id}`,
    );
    await expect(page.getByRole('list', { name: 'Order path' })).toHaveText('Unpaid');
    await expect(page.getByRole('link', { name: `order ${id}` })).toBeVisible();
  },
);

test('during a big sale an unpaid order can still be restored after 15 minutes', async ({
  page,
  openApp,
}) => {
  const id = seededOrder('Big sale: cancelled 3 hours ago, window still open', 'big-sale');
  await page.clock.install();
  await openApp('/orders/deleted', { scenario: 'big-sale' });
  await expect(page.getByRole('complementary', { name: 'Sale event' })).toContainText(
    'Black Friday Big Sale is on',
  );
  const deleted = new DeletedOrdersPage(page);
  await expect(deleted.order(id).getByText(/^Restore within 2\d:\d\d:\d\d$/)).toBeVisible();
  await page.clock.fastForward('20:00');
  await expect(deleted.order(id).getByText(/^Restore within 2\d:\d\d:\d\d$/)).toBeVisible();
  await expect(deleted.restoreButton(id)).toBeVisible();
});

test('withdraw a request, after confirming', { tag: '@faults' }, async ({ page, openApp }) => {
  const id = seededOrder('Restoration requested (unpaid)');
  await openApp('/orders/deleted?filter=requested');
  const deleted = new DeletedOrdersPage(page);
  await deleted.order(id).getByRole('button', { name: 'Withdraw request' }).click();
  const confirm = page.getByRole('dialog', { name: 'Withdraw request?' });
  await confirm.getByRole('button', { name: 'Keep request' }).click();
  await expect(confirm).toBeHidden();
  await expect(deleted.order(id)).toBeVisible();
  await deleted.order(id).getByRole('button', { name: 'Withdraw request' }).click();
  await confirm.getByRole('button', { name: 'Withdraw request' }).click();
  await expect(confirm).toBeHidden();
  await deleted.filter('All').click();
  await expect(deleted.order(id).getByText('Cancelled', { exact: true })).toBeVisible();
});

test('keyboard only: restore one order', async ({ page, openApp }) => {
  const id = seededOrder('Cancelled by the seller, window open');
  await openApp('/orders/deleted?filter=restorable');
  const deleted = new DeletedOrdersPage(page);
  const restore = deleted.restoreButton(id);
  await expect(restore).toBeVisible();
  for (
    let i = 0;
    i < 60 && !(await restore.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(restore).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = new RestoreDialog(page, 'Restore order');
  await expect(dialog.reason).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.message).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(dialog.message).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.dismiss).toBeVisible();
  await dialog.dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.dialog).toBeHidden();
  await expect(deleted.order(id)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted Orders' })).toBeFocused();
});

test('Escape closes the dialog and focus returns to the Restore button', async ({
  page,
  openApp,
}) => {
  const id = seededOrder('Cancelled by the seller, window open');
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await expect(dialog.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  await expect(deleted.restoreButton(id)).toBeFocused();
});
