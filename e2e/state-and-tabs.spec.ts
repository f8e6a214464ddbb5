/** State that survives a reload, and two tabs that stay in step. */
import { expect, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

test('a reload keeps the requests sent, the filter and the search', async ({ page, openApp }) => {
  const id = seededOrder('Cancelled by the seller, window open');
  await openApp('/orders/deleted?filter=restorable');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await dialog.fill('I still want the item');
  await dialog.send();
  await dialog.dismiss.click();
  await deleted.filter('Requested').click();
  await deleted.search.fill('Maple');
  await deleted.search.press('Enter');
  await expect(page).toHaveURL(/filter=requested&q=Maple/);
  await page.reload();
  await expect(deleted.filter('Requested')).toHaveAttribute('aria-current', 'page');
  await expect(deleted.search).toHaveValue('Maple');
  await expect(
    deleted.order(id).getByText('Restoration requested', { exact: true }).first(),
  ).toBeVisible();
});

test('what the buyer typed survives a reload', async ({ page, openApp }) => {
  const id = seededOrder('Cancelled by the seller, window open');
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  const words =
    'Hello! My card was blocked by my bank, it works again now. Please restore, thank you.';
  await dialog.fill('Payment issue has been resolved', words);
  await page.reload();
  await deleted.restoreButton(id).click();
  await expect(dialog.message).toHaveValue(words);
  await expect(dialog.reason).toHaveValue('payment_resolved');
});

test(
  'two tabs stay in step: a request sent in one shows in the other',
  { tag: '@faults' },
  async ({ page, context, openApp }) => {
    const id = seededOrder('Cancelled by the seller, window open');
    await openApp('/orders/deleted');
    const other = await context.newPage();
    // The second tab opens without switches, on the same data.
    await other.goto('/orders/deleted');
    const there = new DeletedOrdersPage(other);
    await expect(there.restoreButton(id)).toBeVisible();

    const here = new DeletedOrdersPage(page);
    await here.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I still want the item');
    await dialog.send();
    await dialog.dismiss.click();

    await expect(
      there.order(id).getByText('Restoration requested', { exact: true }).first(),
    ).toBeVisible();
    await expect(there.restoreButton(id)).toHaveCount(0);

    // And back: withdrawn over there, restorable again here.
    await there.order(id).getByRole('button', { name: 'Withdraw request' }).click();
    await other
      .getByRole('dialog', { name: 'Withdraw request?' })
      .getByRole('button', { name: 'Withdraw request' })
      .click();
    await expect(here.restoreButton(id)).toBeVisible();
    await other.close();
  },
);

test(
  'an order restored in another tab gets a clear answer here',
  { tag: '@faults' },
  async ({ page, context, openApp }) => {
    const id = seededOrder('Cancelled by the seller, window open');
    await openApp('/orders/deleted');
    const here = new DeletedOrdersPage(page);
    await here.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I still want the item');

    const other = await context.newPage();
    await other.goto('/orders/deleted');
    const there = new DeletedOrdersPage(other);
    await there.restoreButton(id).click();
    const otherDialog = new RestoreDialog(other, 'Restore order');
    await otherDialog.fill('I cancelled by mistake');
    await otherDialog.send();
    await other.close();

    await dialog.submit.click();
    await expect(dialog.dialog.getByRole('alert')).toContainText(
      'You have already asked the seller to restore this order (perhaps in another tab), so nothing was sent.',
    );
    await dialog.cancel.click();
    await expect(
      here.order(id).getByText('Restoration requested', { exact: true }).first(),
    ).toBeVisible();
  },
);
