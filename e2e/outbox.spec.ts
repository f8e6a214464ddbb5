/**
 * A change the buyer sent is never lost, even when they leave the page at once (product.md §8):
 * it is written down with its Idempotency-Key before it is sent, and the next page sends it again.
 */
import type { Page } from '@playwright/test';
import { orders } from '../mocks/qa';
import { expect, fillStorage, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { OrderDetailsPage } from './pages/order-details-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';

type ApiOrder = { restoreRequests: Array<{ message: string; closedAt: string | null }> };

/** The order as the backend has it (asked once the page's backend is answering). */
async function orderFromApi(page: Page, id: string): Promise<ApiOrder> {
  return page.evaluate(
    async (orderId) => (await (await fetch(`/api/orders/${orderId}`)).json()) as ApiOrder,
    id,
  );
}

const MESSAGE = 'Hello, I cancelled by mistake and still want it. Could you restore it? Thanks!';

test(
  'a request sent and the page reloaded at once reaches the seller exactly once',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Cancelled by the seller, window open');
    // The default latency: the answer takes about 300 ms, and the buyer does not wait for it.
    await openApp('/orders/deleted', { latency: 300 });
    const deleted = new DeletedOrdersPage(page);
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I cancelled by mistake', MESSAGE);
    await dialog.submit.click();
    // Written down and on its way: the card says so, and nothing more.
    await expect(deleted.order(id).getByText('Sending your restore request…')).toBeVisible();
    await page.reload();

    const resumed = new RestoreDialog(page, 'Restore order');
    await expect(resumed.dialog.getByText('1 request sent')).toBeVisible();
    await resumed.dismiss.click();
    await expect(
      deleted.order(id).getByText('Restoration requested', { exact: true }).first(),
    ).toBeVisible();
    const order = await orderFromApi(page, id);
    expect(order.restoreRequests.map((request) => request.message)).toEqual([MESSAGE]);
  },
);

test(
  'on a slow connection, the record opened at once already has the message',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    // Every answer takes 2 s, in real time.
    test.slow();
    const id = seededOrder('Cancelled by you, window open, 3.2-star seller');
    await openApp('/orders/deleted', { scenario: 'slow' });
    const deleted = new DeletedOrdersPage(page);
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I still want the item', MESSAGE);
    await dialog.submit.click();
    await expect(deleted.order(id).getByText('Sending your restore request…')).toBeVisible();
    // The buyer goes straight to the order's record.
    await page.goto(`/orders/${id}`);
    const record = new OrderDetailsPage(page, id);
    await expect(record.heading).toBeVisible();
    const asked = record.timeline.filter({ hasText: 'You asked the seller to restore this order' });
    await expect(asked).toContainText(MESSAGE, { timeout: 15_000 });
    await expect(page.getByText('Restoration requested', { exact: true }).first()).toBeVisible();
    await expect(
      new RestoreDialog(page, 'Restore order').dialog.getByText('1 request sent'),
    ).toBeVisible();
    expect((await orderFromApi(page, id)).restoreRequests).toHaveLength(1);
  },
);

test(
  'a bulk send of 2,000 orders interrupted by a reload after its first batch completes, and sums up right',
  { tag: '@faults' },
  async ({ page, openApp, mock }) => {
    await openApp('/orders/deleted', { scenario: 'empty' });
    await mock.put(orders.cancelled({ windowLeft: '14:00' }), 2_000);
    const deleted = new DeletedOrdersPage(page);
    await expect(deleted.filter('All')).toHaveText('All 2,000');
    // Each batch's answer takes a second (as on a slow network), so the buyer can leave mid-way.
    await mock.delay('POST /api/restore-requests', { ms: 1_000, times: 2 });
    await deleted.selectAll.check();
    await deleted.restoreSelected.click();
    const dialog = new RestoreDialog(page, 'Restore 2,000 orders');
    await dialog.fill('I still want the item');
    await dialog.submit.click();
    // The first batch of 500 is answered: leave now.
    await expect(dialog.dialog.getByText(/^Sending requests: (500|1,000) of 2,000$/)).toBeVisible();
    await page.reload();

    const resumed = new RestoreDialog(page, 'Restore 2,000 orders');
    await expect(resumed.dialog.getByText('2,000 requests sent')).toBeVisible({
      timeout: 20_000,
    });
    // Four batches, each recorded once with its own key: every order asked for exactly once.
    const restores = (await mock.journal()).flatMap((entry) =>
      entry.request.op === 'restore' ? [entry] : [],
    );
    expect(new Set(restores.map((entry) => entry.key)).size).toBe(4);
    const asked = restores.flatMap((entry) =>
      entry.request.op === 'restore' ? entry.request.items.map((item) => item.orderId) : [],
    );
    expect(asked).toHaveLength(2_000);
    expect(new Set(asked).size).toBe(2_000);
    await resumed.dismiss.click();
    await expect(deleted.filter('Requested')).toHaveText('Requested 2,000');
  },
);

test.describe('leaving the page', () => {
  function watchPrompts(page: Page): string[] {
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.dismiss();
    });
    return prompts;
  }

  test('never asks when nothing is on its way', async ({ page, openApp }) => {
    await openApp('/orders');
    const prompts = watchPrompts(page);
    // The buyer has used the page (browsers only ask after some use).
    await page.getByRole('link', { name: /^Unpaid/ }).click();
    await expect(page.getByRole('link', { name: /^Unpaid/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(prompts).toEqual([]);
  });

  test('asks while a change is on its way that this browser could not write down', async ({
    page,
    openApp,
  }) => {
    const id = seededOrder('Unpaid, pay-by in about 24 hours');
    await openApp('/orders', { scenario: 'slow' });
    const prompts = watchPrompts(page);
    await fillStorage(page, 'order-restore:outbox:');
    const card = page.getByRole('article', { name: `Order ${id}` });
    await card.getByRole('button', { name: 'Pay now' }).click();
    await expect(card.getByText('Sending your payment…')).toBeVisible();
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => prompts).toEqual(['beforeunload']);
    // The buyer stayed: the payment goes through, and then leaving no longer asks.
    await expect(card.getByText('Paid', { exact: true })).toBeVisible();
    await expect(card.getByText('Sending your payment…')).toHaveCount(0);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(prompts).toEqual(['beforeunload']);
  });
});
