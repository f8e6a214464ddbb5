import { expect, test } from './fixtures';
import { MyOrdersPage } from './pages/my-orders-page';

test('switches are applied, removed from the address and kept until the next reset', async ({
  page,
}) => {
  await page.goto('/orders?scenario=empty&seed=3&reset=1&latency=0');
  const myOrders = new MyOrdersPage(page);
  await expect(page.getByText('You have no orders yet.')).toBeVisible();
  await expect(page).toHaveURL(/\/orders$/);
  await page.reload();
  await expect(page.getByText('You have no orders yet.')).toBeVisible();
  await page.goto('/orders?scenario=default&reset=1&latency=0');
  await expect(myOrders.orders.first()).toBeVisible();
});

test('saved demo data that cannot be read is reset, with a notice', async ({ page, openApp }) => {
  await openApp('/orders');
  // The orders have arrived, so the mock has started and stored its fresh data: what is written
  // next is not overwritten.
  await expect(new MyOrdersPage(page).orders.first()).toBeVisible();
  await page.evaluate(() => {
    localStorage.setItem('order-restore:mock:state', '{"version":1,"settings":');
  });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(new MyOrdersPage(page).orders.first()).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be read')).toBeHidden();
});
