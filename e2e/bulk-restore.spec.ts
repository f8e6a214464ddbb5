import { expect, test } from './fixtures';
import { restoreThreeWithOneRefused } from './journeys';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

const UNPAID = [
  'Cancelled by you, window open (12 minutes left)',
  'Cancelled by the seller, window open',
  'Cancelled by you, window open, 3.2-star seller',
].map((label) => seededOrder(label));

test(
  'select three orders and restore them at once',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    await openApp('/orders/deleted');
    const deleted = new DeletedOrdersPage(page);
    for (const id of UNPAID) await deleted.select(id).check();
    await expect(deleted.selectionBar).toContainText('3 orders selected');
    await expect(deleted.selectAll).toHaveJSProperty('indeterminate', true);
    // The bar never covers the heading or the filters.
    await page.evaluate(() => window.scrollTo(0, 0));
    const bar = (await deleted.selectionBar.boundingBox())!;
    for (const top of [deleted.heading, deleted.filter('Restorable')]) {
      const box = (await top.boundingBox())!;
      expect(box.y + box.height <= bar.y || box.y >= bar.y + bar.height).toBe(true);
    }
    await deleted.select(UNPAID[2]!).uncheck();
    await expect(deleted.selectionBar).toContainText('2 orders selected');
    await deleted.select(UNPAID[2]!).check();
    await deleted.restoreSelected.click();
    const dialog = new RestoreDialog(page, 'Restore 3 orders');
    await expect(dialog.dialog).toBeVisible();
    await expect(
      dialog.dialog.getByText('Sellers rated 4.5+ usually approve').first(),
    ).toBeVisible();
    await dialog.fill('I cancelled by mistake');
    await dialog.send();
    await expect(dialog.dialog.getByText('3 requests sent')).toBeVisible();
    await dialog.dialog.getByRole('button', { name: 'Show the orders (3)' }).click();
    await expect(dialog.dialog.getByRole('link', { name: `Order ${UNPAID[0]}` })).toHaveAttribute(
      'href',
      `/orders/${UNPAID[0]}`,
    );
    await dialog.dismiss.click();
    await expect(deleted.selectionBar).toBeHidden();
    await deleted.filter('Requested').click();
    for (const id of UNPAID)
      await expect(
        deleted.order(id).getByText('Restoration requested', { exact: true }).first(),
      ).toBeVisible();
  },
);

test(
  'a mixed selection asks a reason per kind, and lists the order it cannot restore',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const paid = seededOrder('Paid, cancelled by the seller, refund on its way');
    const closed = seededOrder('Restore window closed');
    await openApp('/orders/deleted');
    const deleted = new DeletedOrdersPage(page);
    await deleted.select(UNPAID[0]!).check();
    await deleted.select(paid).check();
    await deleted.select(closed).check();
    await deleted.restoreSelected.click();
    const dialog = new RestoreDialog(page, 'Restore 2 orders');
    await expect(dialog.dialog.getByText('1 order will not be sent')).toBeVisible();
    await expect(dialog.dialog.getByText(`1 restore window closed (${closed})`)).toBeVisible();
    await dialog.unpaidReason.selectOption({ label: 'Payment issue has been resolved' });
    await expect(dialog.message).toHaveValue(/restore them/);
    await dialog.paidReason.selectOption({ label: 'Changed mind' });
    await dialog.send();
    await expect(dialog.dialog.getByText('2 requests sent')).toBeVisible();
    await expect(dialog.dialog.getByText('1 not sent: restore window closed')).toBeVisible();
  },
);

test('a partial failure is shown with its reason and retried with "Retry failed"', async ({
  page,
  openApp,
}) => {
  await openApp('/orders/deleted');
  await restoreThreeWithOneRefused(page, [UNPAID[0]!, UNPAID[1]!, UNPAID[2]!]);
});

test('keyboard only: select two orders and restore them', async ({ page, openApp }) => {
  await openApp('/orders/deleted?filter=restorable');
  const deleted = new DeletedOrdersPage(page);
  const first = deleted.select(UNPAID[0]!);
  await expect(first).toBeVisible();
  for (
    let i = 0;
    i < 60 && !(await first.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  const second = deleted.select(UNPAID[1]!);
  for (
    let i = 0;
    i < 60 && !(await second.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(deleted.selectionBar).toContainText('2 orders selected');
  for (
    let i = 0;
    i < 200 && !(await deleted.restoreSelected.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  const dialog = new RestoreDialog(page, 'Restore 2 orders');
  await expect(dialog.reason).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.dialog.getByText('2 requests sent')).toBeVisible();
});

test('select all 10,000 orders and restore them in batches, with progress', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000);
  await openApp('/orders/deleted', { scenario: 'many-orders' });
  const deleted = new DeletedOrdersPage(page);
  await expect(deleted.orders.first()).toBeVisible();
  await expect(deleted.filter('All')).toHaveText('All 10,000');
  await deleted.selectAll.check();
  await expect(deleted.selectionBar).toContainText('All 10,000 orders selected');
  await expect(deleted.restoreSelected).toHaveText('Restore selected orders (10,000)');
  // Rows not loaded yet are selected too.
  await page.mouse.wheel(0, 30_000);
  await expect(deleted.orders.last().getByRole('checkbox')).toBeChecked();
  await deleted.restoreSelected.click();
  const dialog = new RestoreDialog(page);
  await expect(dialog.unpaidReason).toBeVisible();
  const title = (await dialog.dialog.getByRole('heading').first().textContent()) ?? '';
  const sendable = Number(/Restore ([\d,]+) orders/.exec(title)?.[1]?.replaceAll(',', ''));
  expect(sendable).toBeGreaterThan(8_000);
  await expect(dialog.dialog.getByText(/orders will not be sent/)).toBeVisible();
  await dialog.unpaidReason.selectOption({ label: 'I still want the item' });
  await dialog.paidReason.selectOption({ label: 'Changed mind' });
  await dialog.submit.click();
  await expect(dialog.dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.dialog.getByText(/^Sending requests: [\d,]+ of [\d,]+$/)).toBeVisible();
  await expect(dialog.dismiss).toBeVisible({ timeout: 90_000 });
  await expect(
    dialog.dialog.getByText(`${sendable.toLocaleString('en-US')} requests sent`),
  ).toBeVisible();
  await expect(dialog.dialog.getByText(/not sent: already requested/)).toBeVisible();
});
