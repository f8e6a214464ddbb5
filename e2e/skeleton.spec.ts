import { expect, test } from './fixtures';
import { MyOrdersPage } from './pages/my-orders-page';

test('My Orders shows the orders the mock serves through its service worker', async ({
  page,
  openApp,
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
});

test('an unknown address gets a not-found page with a way back', async ({ page, openApp }) => {
  await openApp('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to My Orders' }).click();
  await expect(new MyOrdersPage(page).heading).toBeVisible();
});

test('once the backend says it is ready, a flow can call the API itself and gets JSON', async ({
  page,
  openApp,
}) => {
  // openApp waits for window.orderRestoreMock.isReady (README, "Writing a QA flow").
  await openApp('/orders');
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/orders/counts');
    return { type: response.headers.get('content-type'), body: (await response.json()) as unknown };
  });
  expect(answer.type).toContain('application/json');
  expect(answer.body).toMatchObject({ active: { all: 20 }, deleted: { all: 23 } });
});
