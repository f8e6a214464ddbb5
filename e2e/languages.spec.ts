/**
 * The main journeys in the project's language and time zone (product.md §10): English in the
 * `chromium` project, Arabic (right to left, Asia/Dubai) in `arabic`, Japanese (Asia/Tokyo) in
 * `japanese`. Every name comes from the app's own catalogs (e2e/words.ts), and each journey ends
 * with an axe scan in that language.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { directionOf, intlLocaleOf, LOCALE_NAMES, type Locale } from '../src/i18n/locales';
import { expect, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { OrderDetailsPage } from './pages/order-details-page';
import { RestoreDialog } from './pages/restore-dialog';
import { seededOrder } from './seed';
import { words, wordsIn } from './words';

const UNPAID = [
  'Cancelled by you, window open (12 minutes left)',
  'Cancelled by the seller, window open',
  'Cancelled by you, window open, 3.2-star seller',
].map((label) => seededOrder(label));
const PAID = seededOrder('Paid, cancelled by the seller, refund on its way');

const REQUESTS_SENT = '{0, plural, one {# request sent} other {# requests sent}}';

/** The date of a moment as the buyer's browser writes it: its language, its time zone. */
function buyersDate(iso: string, browserLocale: string, timeZone: string): string {
  const w = words();
  const intl = intlLocaleOf(w.locale as Locale, [browserLocale]);
  return new Intl.DateTimeFormat(intl, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(Date.parse(iso));
}

test('the page speaks the language, in its direction', async ({ page, openApp }) => {
  const w = words();
  await openApp('/orders/deleted');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', w.locale);
  await expect(html).toHaveAttribute('dir', directionOf(w.locale as Locale));
  await expect(page).toHaveTitle(w('{title} · Order Restore', { title: w('Deleted Orders') }));
  await expect(page.getByRole('combobox', { name: w('Language') })).toHaveValue(w.locale);
});

test('restore one order', async ({ page, openApp, checkA11y }) => {
  const w = words();
  const id = UNPAID[0]!;
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  const card = deleted.order(id);
  await expect(card.getByText(w('Cancelled', {}, 'order status'), { exact: true })).toBeVisible();
  await expect(card.getByText(w('You cancelled this order'))).toBeVisible();
  await expect(
    card.getByText(w.re('Restore within {countdown}', { countdown: /[\d٠-٩]{2}:[\d٠-٩]{2}/ })),
  ).toBeVisible();
  await deleted.restoreButton(id).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await dialog.fill('I cancelled by mistake');
  await expect(dialog.message).toHaveValue(
    w(
      'Hello, I cancelled this order by mistake and would still like to buy it. Could you please restore it? Thank you for your help!',
    ),
  );
  await dialog.send();
  await expect(dialog.dialog.getByText(w(REQUESTS_SENT, { 0: 1 }))).toBeVisible();
  await checkA11y();
  await dialog.dismiss.click();
  await expect(
    card.getByText(w('Restoration requested', {}, 'order status'), { exact: true }).first(),
  ).toBeVisible();
  await checkA11y();
});

test('restore many orders at once', async ({ page, openApp, checkA11y }) => {
  const w = words();
  await openApp('/orders/deleted');
  const deleted = new DeletedOrdersPage(page);
  for (const id of UNPAID) await deleted.select(id).check();
  await expect(deleted.selectionBar).toContainText(
    w('{count, plural, one {# order selected} other {# orders selected}}', { count: 3 }),
  );
  await checkA11y();
  await deleted.restoreSelected.click();
  const dialog = new RestoreDialog(page, 'Restore 3 orders');
  await dialog.fill('Payment issue has been resolved');
  await dialog.send();
  await expect(dialog.dialog.getByText(w(REQUESTS_SENT, { 0: 3 }))).toBeVisible();
  await checkA11y();
  await dialog.dismiss.click();
  await expect(deleted.selectionBar).toBeHidden();
  for (const id of UNPAID) {
    await expect(
      deleted
        .order(id)
        .getByText(w('Restoration requested', {}, 'order status'), { exact: true })
        .first(),
    ).toBeVisible();
  }
});

test('the record: the refund date is the buyer’s date, on the card, the page and the export', async ({
  page,
  openApp,
  checkA11y,
}, testInfo) => {
  const w = words();
  const { locale = 'en-US', timezoneId = 'UTC' } = testInfo.project.use;
  await openApp('/orders/deleted?filter=restorable');
  const order = (await page.evaluate(
    (id) => fetch(`/api/orders/${id}`).then((answer) => answer.json()),
    PAID,
  )) as { refundBy: string };
  const date = buyersDate(order.refundBy, locale, timezoneId);

  const deleted = new DeletedOrdersPage(page);
  await expect(deleted.order(PAID).getByText(w('Refund by {date}', { date }))).toBeVisible();
  await deleted
    .order(PAID)
    .getByRole('link', { name: w('View details') })
    .click();

  const record = new OrderDetailsPage(page, PAID);
  await expect(record.heading).toBeVisible();
  const refundLine = w.re('Refund of {amount} on its way, by {date}', { amount: /.+/, date });
  const inLine = new RegExp(refundLine.source.replace(/^\^/, '').replace(/\$$/, ''));
  await expect(record.timeline.filter({ hasText: inLine })).toHaveCount(1);
  await checkA11y();

  const download = page.waitForEvent('download');
  await record.downloadCsv.click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(
    ['time', 'local time', 'actor', 'event', 'text', 'amount'].map((column) => w(column)),
  );
  const refundRow = rows.find((row) => row[3] === 'refund_scheduled')!;
  expect(refundRow[4]).toMatch(refundLine);
  // The ISO instant is kept beside the buyer's local time.
  expect(refundRow[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});

test('the language menu switches the page and remembers the choice', async ({ page, openApp }) => {
  const w = words();
  // From the project's language to another one, and back.
  const target = w.locale === 'es' ? 'fr' : 'es';
  const there = wordsIn(target);
  await openApp('/orders/deleted');
  await page
    .getByRole('combobox', { name: w('Language') })
    .selectOption({ label: LOCALE_NAMES[target] });
  await expect(page.locator('html')).toHaveAttribute('lang', target);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(there('Deleted Orders'));
  await page.reload();
  await expect(heading).toHaveText(there('Deleted Orders'));
  await page
    .getByRole('combobox', { name: there('Language') })
    .selectOption({ label: LOCALE_NAMES[w.locale as Locale] });
  await expect(heading).toHaveText(w('Deleted Orders'));
  await expect(page.locator('html')).toHaveAttribute('dir', directionOf(w.locale as Locale));
});
