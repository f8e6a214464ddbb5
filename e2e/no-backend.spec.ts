/**
 * The app built for a real backend (VITE_API_BASE_URL) whose server is down: clear words, a way
 * to retry, and nothing the buyer typed is lost. Runs in the "no-backend" project.
 */
import { generate } from '../mocks/generate';
import { expect, test } from './fixtures';
import { RestoreDialog } from './pages/restore-dialog';

// Every request fails on purpose here; Chromium logs each one.
test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_/] });
// These flows wait, in real time, for the app's retries and their backoff to give up.
test.slow();

test('a backend that cannot be reached: "Can\'t reach the server", with a retry; no mock in the build', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto('/orders');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("Your orders could not be loaded. Can't reach the server.", {
    timeout: 15_000,
  });
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(scripts).not.toContain('/mockServiceWorker.js');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toContainText("Can't reach the server", {
    timeout: 15_000,
  });
});

test('offline: "You\'re offline", and lists wait for the network to come back', async ({
  page,
  context,
}) => {
  await page.goto('/orders');
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 });
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toContainText(
    "You're offline. Your orders will load when you're back online.",
  );
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toBeHidden();
  await expect(page.getByRole('alert')).toContainText("Can't reach the server", {
    timeout: 15_000,
  });
});

test('a restore request that cannot be sent is queued, survives a reload, and can be taken back', async ({
  page,
}) => {
  // What a returning buyer's browser holds: the last list seen, and a message being written.
  const data = generate('default', 1, Date.now());
  const label = data.labels.find(
    (entry) => entry.label === 'Paid, cancelled by you, refund on its way',
  )!;
  const order = data.orders.find((candidate) => candidate.id === label.orderId)!;
  const message =
    'Hello, I changed my mind and would like to keep this order after all. Thank you!';
  await page.goto('/orders');
  await page.evaluate(
    ({ order, message }) => {
      const key = JSON.stringify({ view: 'deleted', filter: 'all', q: '' });
      localStorage.setItem(
        'order-restore:list-snapshots',
        JSON.stringify({
          version: 1,
          snapshots: [
            { key, savedAt: Date.now(), page: { orders: [order], nextCursor: null, total: 1 } },
          ],
        }),
      );
      localStorage.setItem(
        'order-restore:restore-draft',
        JSON.stringify({ message, unpaidReason: '', paidReason: 'changed_mind' }),
      );
    },
    { order, message },
  );
  await page.goto('/orders/deleted');
  const card = page.getByRole('article', { name: `Order ${order.id}` });
  await card.getByRole('button', { name: 'Restore', exact: true }).click();
  const dialog = new RestoreDialog(page, 'Restore order');
  await expect(dialog.message).toHaveValue(message);
  await expect(dialog.reason).toHaveValue('changed_mind');
  await dialog.submit.click();
  await expect(dialog.dialog.getByText('1 queued: no answer from the server yet')).toBeVisible({
    timeout: 20_000,
  });
  await expect(dialog.dialog.getByText(/safely queued in this browser/)).toBeVisible();
  await expect(dialog.retryFailed).toBeVisible();
  await dialog.dismiss.click();
  const queued = card.getByText(/^Your restore request is queued/);
  await expect(queued).toBeVisible();
  await expect(card.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);

  // Still there after a reload: the page sends it again at start (the server is still down)…
  await page.reload();
  await expect(
    card.getByText(/^(Sending your restore request…|Your restore request is queued)/),
  ).toBeVisible();
  // …and queues it again once its retries get no answer.
  await expect(queued).toBeVisible({ timeout: 15_000 });
  // The buyer takes it back: the message comes back as the draft.
  await card.getByRole('button', { name: "Don't send" }).click();
  await card.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog.message).toHaveValue(message);
  await expect(dialog.reason).toHaveValue('changed_mind');
});
