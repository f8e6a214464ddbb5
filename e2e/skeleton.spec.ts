import { expect, test } from './fixtures';
import { MyOrdersPage } from './pages/my-orders-page';

test('My Orders shows the orders the mock serves through its service worker', async ({
  page,
  openApp,
  checkA11y,
}) => {
  const apiAnswers: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/orders' && response.fromServiceWorker()) {
      apiAnswers.push(response.url());
    }
  });
  await openApp('/');
  const myOrders = new MyOrdersPage(page);
  await expect(page).toHaveURL(/\/orders$/);
  await expect(myOrders.heading).toBeVisible();
  await expect(myOrders.orders.first()).toBeVisible();
  await expect(myOrders.myOrdersLink).toHaveAttribute('aria-current', 'page');
  await expect(myOrders.deletedOrdersLink).toBeVisible();
  expect(apiAnswers.length).toBeGreaterThan(0);
  await checkA11y();
});

test('an unknown address gets a not-found page with a way back', async ({ page, openApp }) => {
  await openApp('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to My Orders' }).click();
  await expect(new MyOrdersPage(page).heading).toBeVisible();
});
