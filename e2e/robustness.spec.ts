/** Bad input and faults (product.md §8): a clear message, nothing lost, nothing run. */
import { orders } from '../mocks/qa';
import { expect, fillStorage, notice, test, type MockControl } from './fixtures';
import { CancelDialog } from './pages/cancel-dialog';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { MyOrdersPage } from './pages/my-orders-page';
import { OrderDetailsPage } from './pages/order-details-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';
import { packPayloads, XSS_PAYLOADS } from './xss-payloads';
import type { Page } from '@playwright/test';

/** Watches for any sign that a payload ran: a dialog, a global it sets, a CSP violation. */
async function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => {
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
      injected: document.querySelectorAll(
        'script:not([src]), iframe, object, embed, isindex, marquee, [onerror], [onload], [onfocus], [ontoggle], [onstart]',
      ).length,
    }));
    expect({ ...state, dialogs }).toEqual({ xss: null, csp: [], injected: 0, dialogs: [] });
  };
}

/** How many restore requests the mock's journal holds for an order. */
async function restoreRequestsRecorded(mock: MockControl, id: string): Promise<number> {
  return (await mock.journal()).filter(
    (entry) =>
      entry.request.op === 'restore' && entry.request.items.some((item) => item.orderId === id),
  ).length;
}

test.describe('markup and script in everything a buyer types', () => {
  /** Follows an address inside the app, as its own links do (a full load costs a second each). */
  async function followInApp(page: Page, url: string): Promise<void> {
    await page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, url);
  }

  test(`${XSS_PAYLOADS.length} payloads in the search box and the address are shown as text, never run`, async ({
    page,
    openApp,
  }) => {
    const check = await watchForScripts(page);
    await openApp('/orders');
    const myOrders = new MyOrdersPage(page);
    // As many payloads at once as the search box takes (200 characters).
    const searches = packPayloads(200);
    for (const payload of searches) {
      await myOrders.searchFor(payload);
      await expect(
        page.getByText(`No orders match “${payload.trim()}”.`, { exact: true }),
      ).toBeVisible();
    }
    for (const [index, payload] of searches.entries()) {
      const url = `/orders/deleted?q=${encodeURIComponent(payload)}&filter=${encodeURIComponent(payload)}`;
      // The first and the last as typed into the address bar; the rest followed inside the app.
      if (index === 0 || index === searches.length - 1) await page.goto(url);
      else await followInApp(page, url);
      await expect(
        page.getByText(`No cancelled orders match “${payload.trim()}”.`, { exact: true }),
      ).toBeVisible();
    }
    await check();
  });

  test(`${XSS_PAYLOADS.length} payloads in messages to sellers are shown as text in the record, never run`, async ({
    page,
    openApp,
    mock,
  }) => {
    const check = await watchForScripts(page);
    await openApp('/orders/deleted', { scenario: 'empty' });
    const pieces = packPayloads(500, 'Hello seller:');
    const targets = await mock.put(orders.cancelled(), pieces.length);
    const deleted = new DeletedOrdersPage(page);
    for (const [index, piece] of pieces.entries()) {
      const id = targets[index]!;
      await deleted.restoreButton(id).click();
      const dialog = new RestoreDialog(page, 'Restore order');
      await dialog.fill('I still want the item', piece);
      await dialog.send();
      await dialog.dismiss.click();
    }
    for (const [index, piece] of pieces.entries()) {
      const id = targets[index]!;
      await deleted.order(id).getByRole('link', { name: 'View details' }).click();
      const record = new OrderDetailsPage(page, id);
      await expect(
        record.timeline.filter({ hasText: 'You asked the seller to restore this order' }),
      ).toContainText(piece);
      await page.goBack();
    }
    await check();
  });

  test(`${XSS_PAYLOADS.length} payloads in cancel reasons are shown as text on the cards, never run`, async ({
    page,
    openApp,
    mock,
  }) => {
    const check = await watchForScripts(page);
    await openApp('/orders', { scenario: 'empty' });
    const pieces = packPayloads(200);
    const ids = await mock.put(orders.unpaid(), pieces.length);
    const myOrders = new MyOrdersPage(page);
    const dialog = new CancelDialog(page);
    for (const [index, piece] of pieces.entries()) {
      await myOrders.order(ids[index]!).getByRole('button', { name: 'Cancel order' }).click();
      await dialog.reason.selectOption('Other');
      await dialog.details.fill(piece);
      await dialog.confirm.click();
      await expect(dialog.dialog).toBeHidden();
    }
    await myOrders.deletedOrdersLink.click();
    const deleted = new DeletedOrdersPage(page);
    for (const [index, piece] of pieces.entries()) {
      await expect(deleted.order(ids[index]!)).toContainText(piece);
    }
    await check();
  });
});

test.describe('one request per order, however the buyer clicks', () => {
  // The lost answer below is a network error on purpose; Chromium logs it.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });
  test(
    'a triple-click on Submit and Enter pressed twice send one request each',
    { tag: '@faults' },
    async ({ page, openApp, mock }) => {
      const first = seededOrder('Cancelled by the seller, window open');
      const second = seededOrder('Cancelled by you, window open, 3.2-star seller');
      await openApp('/orders/deleted');
      const deleted = new DeletedOrdersPage(page);
      const dialog = new RestoreDialog(page, 'Restore order');

      await deleted.restoreButton(first).click();
      await dialog.fill('I still want the item');
      await dialog.submit.click({ clickCount: 3 });
      await expect(dialog.dialog.getByText('1 request sent')).toBeVisible();
      await dialog.dismiss.click();

      await deleted.restoreButton(second).click();
      await dialog.fill('I cancelled by mistake');
      await dialog.submit.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(dialog.dialog.getByText('1 request sent')).toBeVisible();

      expect(await restoreRequestsRecorded(mock, first)).toBe(1);
      expect(await restoreRequestsRecorded(mock, second)).toBe(1);
    },
  );

  test('an answer lost on the way is recovered by a retry with the same key, recorded once', async ({
    page,
    openApp,
    mock,
  }) => {
    const id = seededOrder('Cancelled by the seller, window open');
    await openApp('/orders/deleted');
    // The change is applied, but its answer never arrives.
    await mock.loseAnswer('POST /api/restore-requests', { orderId: id });
    const deleted = new DeletedOrdersPage(page);
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I still want the item');
    await dialog.send();
    await expect(dialog.dialog.getByText('1 request sent')).toBeVisible();
    const received = await mock.requests('POST /api/restore-requests');
    expect(received.map((request) => request.status)).toEqual([null, 200]);
    expect(received[1]!.idempotencyKey).toBe(received[0]!.idempotencyKey);
    expect(await restoreRequestsRecorded(mock, id)).toBe(1);
  });
});

test(
  'a request withdrawn in another tab, then withdrawn here, gets a clear message and a fresh view',
  { tag: '@faults' },
  async ({ page, context, openApp }) => {
    const id = seededOrder('Restoration requested (unpaid)');
    await openApp('/orders/deleted?filter=requested');
    const here = new DeletedOrdersPage(page);
    // This tab is about to withdraw: the confirmation is open.
    await here.order(id).getByRole('button', { name: 'Withdraw request' }).click();
    const confirm = page.getByRole('dialog', { name: 'Withdraw request?' });
    await expect(confirm).toBeVisible();

    const other = await context.newPage();
    await other.goto('/orders/deleted?filter=requested');
    await new DeletedOrdersPage(other)
      .order(id)
      .getByRole('button', { name: 'Withdraw request' })
      .click();
    const otherConfirm = other.getByRole('dialog', { name: 'Withdraw request?' });
    await otherConfirm.getByRole('button', { name: 'Withdraw request' }).click();
    // The confirmation closes once the server has withdrawn it (the card leaves at once).
    await expect(otherConfirm).toBeHidden();
    await expect(new DeletedOrdersPage(other).order(id)).toHaveCount(0);
    await other.close();

    await confirm.getByRole('button', { name: 'Withdraw request' }).click();
    await expect(confirm.getByRole('alert')).toContainText('The request was not withdrawn');
    await confirm.getByRole('button', { name: 'Keep request' }).click();
    await expect(here.order(id)).toHaveCount(0);
    await here.filter('Restorable').click();
    await expect(here.order(id).getByText('Cancelled', { exact: true })).toBeVisible();
  },
);

test('full browser storage: the request still goes through, with a notice', async ({
  page,
  openApp,
}) => {
  const id = seededOrder('Cancelled by the seller, window open');
  await openApp('/orders/deleted');
  await fillStorage(page, 'order-restore:');
  const deleted = new DeletedOrdersPage(page);
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await dialog.fill('I still want the item');
  await expect(dialog.dialog.getByText('This browser cannot save your draft')).toBeVisible();
  await dialog.send();
  await dialog.dismiss.click();
  await expect(notice(page, "This browser's storage is full")).toBeVisible();
  await deleted.filter('Requested').click();
  await expect(
    deleted.order(id).getByText('Restoration requested', { exact: true }).first(),
  ).toBeVisible();
});
