/**
 * The app built for a real backend (`VITE_API_BASE_URL`), against `npm run api` over HTTP: no MSW
 * in the page. The main journeys, to prove that the "one variable" swap works against a live
 * server and not only against a down one. The server's data is shared, so these flows run one
 * after another, each from a fresh reset (`POST /__mock/reset`).
 */
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { restoreThreeWithOneRefused } from './journeys';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { OrderDetailsPage } from './pages/order-details-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

const LIVE_API = 'http://127.0.0.1:8787';

const UNPAID = [
  'Cancelled by you, window open (12 minutes left)',
  'Cancelled by the seller, window open',
  'Cancelled by you, window open, 3.2-star seller',
].map((label) => seededOrder(label));

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ request }) => {
  const reset = await request.post(`${LIVE_API}/__mock/reset?scenario=default&seed=1&latency=0`);
  expect(reset.ok()).toBe(true);
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('navigation', { name: 'Orders' })).toBeVisible();
}

/** The restore requests the server stored for `orderId`, read over HTTP. */
async function requestsFor(request: APIRequestContext, orderId: string) {
  const answer = await request.get(`${LIVE_API}/api/orders/${orderId}`);
  expect(answer.ok()).toBe(true);
  const order = (await answer.json()) as { restoreRequests: Array<{ message: string }> };
  return order.restoreRequests;
}

test('no mock in the page: the lists come from the server over HTTP', async ({ page }) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${LIVE_API}/api/`)) calls.push(new URL(request.url()).pathname);
  });
  await open(page, '/orders/deleted');
  await expect(new DeletedOrdersPage(page).order(UNPAID[0]!)).toBeVisible();
  expect(calls).toContain('/api/orders');
  expect(await page.evaluate(() => 'orderRestoreMock' in window)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test('restore one order: the server keeps the request, also after a reload', async ({
  page,
  request,
}) => {
  const id = UNPAID[0]!;
  await open(page, '/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await dialog.fill('Payment issue has been resolved', 'My card works again; please restore it.');
  await dialog.send();
  await expect(dialog.dialog.getByText('1 request sent')).toBeVisible();
  await dialog.dismiss.click();
  const card = deleted.order(id);
  await expect(card.getByText('Restoration requested', { exact: true }).first()).toBeVisible();
  expect(await requestsFor(request, id)).toEqual([
    expect.objectContaining({ message: 'My card works again; please restore it.' }),
  ]);
  await page.reload();
  await expect(card.getByText('Restoration requested', { exact: true }).first()).toBeVisible();
  expect(await requestsFor(request, id)).toHaveLength(1);
});

test('restore many with a partial failure, then "Retry failed"', async ({ page }) => {
  await open(page, '/orders/deleted');
  await restoreThreeWithOneRefused(page, [UNPAID[0]!, UNPAID[1]!, UNPAID[2]!]);
});

test('the record shows the request, and exports it as CSV and JSON', async ({ page }) => {
  const id = UNPAID[1]!;
  const message = 'Hello, "quotes", commas, and <b>markup</b> stay as written.';
  await open(page, '/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await dialog.fill('I still want the item', message);
  await dialog.send();
  await dialog.dismiss.click();
  await deleted.order(id).getByRole('link', { name: 'View details' }).click();
  const record = new OrderDetailsPage(page, id);
  await expect(record.heading).toBeVisible();
  await expect(record.timeline.getByText(message)).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await record.downloadCsv.click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv).toContain('restore_requested');
  expect(csv).toContain('""quotes""');

  const jsonDownload = page.waitForEvent('download');
  await record.downloadJson.click();
  const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as {
    order: { id: string; status: string; restoreRequests: Array<{ message: string }> };
  };
  expect(json.order).toMatchObject({ id, status: 'restoration_requested' });
  expect(json.order.restoreRequests.at(-1)?.message).toBe(message);
});
