import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, notice, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { OrderDetailsPage } from './pages/order-details-page';
import { RestoreDialog } from './pages/restore-dialog';
import { pdfText } from './pdf-text';
import { seededOrder } from './seed';

const MESSAGE =
  'Hello, "quotes", commas, and <b>markup</b> stay as written.\nSecond line. Thank you!';

test(
  'restore → the seller answers → the record shows both messages in order',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Cancelled by the seller, window open', 'sellers-decline');
    await page.clock.install();
    await openApp('/orders/deleted', { scenario: 'sellers-decline' });
    const deleted = new DeletedOrdersPage(page);
    await deleted.restoreButton(id).click();
    const dialog = new RestoreDialog(page, 'Restore order');
    await dialog.fill('I still want the item', MESSAGE);
    await dialog.send();
    await dialog.dismiss.click();
    await page.clock.fastForward('10:30');
    await expect(notice(page, new RegExp(`Seller declined to restore order ${id}`))).toBeVisible();
    await deleted.order(id).getByRole('link', { name: 'View details' }).click();

    const record = new OrderDetailsPage(page, id);
    await expect(record.heading).toBeVisible();
    await expect(page).toHaveTitle(`Order ${id} · Order Restore`);
    await expect(record.path).toHaveText([
      'Unpaid',
      'Cancelled',
      'Restoration requested',
      'Cancelled',
    ]);
    const events = record.timeline;
    await expect(events).toHaveCount(4);
    await expect(events.nth(2)).toContainText(
      'You asked the seller to restore this order: I still want the item',
    );
    await expect(
      events.nth(2).getByText('Hello, "quotes", commas, and <b>markup</b> stay as written.'),
    ).toBeVisible();
    await expect(events.nth(3)).toContainText('The seller');
    await expect(events.nth(3)).toContainText('The seller declined to restore the order');

    // Download CSV, read back by a real CSV parser.
    const csvDownload = page.waitForEvent('download');
    await record.downloadCsv.click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toBe(`order-${id}-record.csv`);
    const csv = await readFile(await csvFile.path(), 'utf8');
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['time', 'local time', 'actor', 'event', 'text', 'amount']);
    expect(parsed.data).toHaveLength(5);
    expect(parsed.data[3]).toEqual([
      expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M UTC$/),
      'You',
      'restore_requested',
      `You asked the seller to restore this order: I still want the item\n${MESSAGE}`,
      '',
    ]);
    expect(parsed.data[4]?.[2]).toBe('The seller');

    // Download JSON: the whole record.
    const jsonDownload = page.waitForEvent('download');
    await record.downloadJson.click();
    const jsonFile = await jsonDownload;
    expect(jsonFile.suggestedFilename()).toBe(`order-${id}-record.json`);
    const json = JSON.parse(await readFile(await jsonFile.path(), 'utf8')) as {
      order: {
        id: string;
        status: string;
        restoreRequests: Array<{ message: string; outcome: string }>;
      };
    };
    expect(json.order).toMatchObject({ id, status: 'cancelled' });
    expect(json.order.restoreRequests[0]).toMatchObject({ message: MESSAGE, outcome: 'declined' });
  },
);

test('the printed record holds the whole timeline and no navigation or buttons', async ({
  page,
  openApp,
}) => {
  const id = seededOrder('Seller declined, window still open');
  await openApp(`/orders/${id}`);
  const record = new OrderDetailsPage(page, id);
  await expect(record.timeline).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Orders' })).toBeHidden();
  await expect(record.print).toBeHidden();
  const text = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain(`Order ${id}`);
  expect(text).toContain('You cancelled this order');
  expect(text).toContain('The seller declined to restore the order');
  expect(text).toContain('Sorry, this item is no longer in stock.');
  expect(text).not.toContain('Deleted Orders');
  expect(text).not.toContain('Download CSV');
  expect(text).not.toContain('Skip to main content');
});

test("unknown, malformed and other buyers' order numbers get the not-found page", async ({
  page,
  openApp,
}) => {
  for (const id of [
    '1234567890123456',
    'not-a-number',
    seededOrder('Another buyer: paid (never visible)'),
  ]) {
    await openApp(`/orders/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to My Orders' })).toBeVisible();
  }
});

test("every card links to its record, and the record offers the machine's actions", async ({
  page,
  openApp,
}) => {
  const id = seededOrder('Unpaid, two items');
  await openApp('/orders');
  await page
    .getByRole('article', { name: `Order ${id}` })
    .getByRole('link', { name: 'View details' })
    .click();
  const record = new OrderDetailsPage(page, id);
  await expect(record.heading).toBeVisible();
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(record.path).toHaveText(['Unpaid', 'Paid']);
  await expect(page.getByRole('button', { name: 'Pay now' })).toHaveCount(0);
});
