import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  userAgent: devices['Pixel 7'].userAgent,
});

test('restore an order on a phone-sized screen', async ({ page, openApp }) => {
  const id = seededOrder('Cancelled by the seller, window open');
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).tap();
  const dialog = new RestoreDialog(page, 'Restore order');
  const box = (await dialog.dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await dialog.fill('I still want the item');
  await dialog.submit.scrollIntoViewIfNeeded();
  await dialog.submit.tap();
  await expect(dialog.dialog.getByText('1 request sent')).toBeVisible();
  await dialog.dismiss.tap();
  await expect(deleted.order(id))
    .toHaveCount(0, { timeout: 1 })
    .catch(() => undefined);
  await deleted.select(seededOrder('Cancelled by you, window open, 3.2-star seller')).tap();
  await expect(deleted.selectionBar).toBeInViewport();
  await expect(deleted.restoreSelected).toBeInViewport();
});
