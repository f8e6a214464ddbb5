/**
 * Notifications (product.md §12): a seller's answer raises the unread count in every tab; the
 * panel lists it with a link to the order; "Mark all as read" clears it everywhere; with the
 * permission granted, a hidden tab gets a system notification.
 */
import type { Page } from '@playwright/test';
import { orders } from '../mocks/qa';
import { backendReady, expect, test } from './fixtures';

const button = (page: Page) => page.getByRole('button', { name: /^Notifications/ });

/** A request waiting for a seller who accepts it in five minutes. */
const ANSWERED_SOON = orders.requested({ sellerAnswer: 'accept', answerIn: '05:00' });

test('an answer raises the unread count in two tabs; "Mark all as read" clears both', async ({
  page,
  context,
  openApp,
  mock,
  checkA11y,
}) => {
  await page.clock.install();
  await openApp('/orders/deleted', { scenario: 'empty' });
  const [ID] = await mock.put(ANSWERED_SOON);
  const other = await context.newPage();
  await other.goto('/orders');
  await backendReady(other);
  await expect(button(page)).toHaveAccessibleName('Notifications');

  // The seller answers five minutes later: both tabs hear of it.
  await page.clock.fastForward('05:30');
  await page.clock.fastForward('00:31');
  await expect(button(page)).toHaveAccessibleName('Notifications, 1 unread');
  await expect(button(other)).toHaveAccessibleName('Notifications, 1 unread');

  await button(page).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  const entry = panel.getByRole('link', { name: new RegExp(`^Order ${ID!} restored — pay by`) });
  await expect(entry).toBeVisible();
  await expect(entry).toHaveAttribute('href', `/orders/${ID!}`);
  await checkA11y();
  await panel.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(button(page)).toHaveAccessibleName('Notifications');
  await expect(panel.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
  // The other tab follows, without a reload.
  await expect(button(other)).toHaveAccessibleName('Notifications');

  // Reading one opens its order.
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/orders/${ID!}$`));
});

test('with the permission granted, a hidden tab gets a system notification', async ({
  page,
  context,
  openApp,
  mock,
}) => {
  await context.grantPermissions(['notifications']);
  // Observe the calls to the Notification API, and let the test hide the tab.
  await page.addInitScript(() => {
    const calls: Array<{ title: string; body: string | undefined }> = [];
    Object.assign(window, { notificationCalls: calls });
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        calls.push({ title, body: options?.body });
      }
      close() {}
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification });
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', {
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    Object.assign(window, { hideTab: () => (hidden = true) });
  });
  await page.clock.install();
  await openApp('/orders/deleted', { scenario: 'empty' });
  // The page is watching the request before the buyer turns the notifications on.
  const [ID] = await mock.put(ANSWERED_SOON);
  await expect(page.getByRole('article', { name: `Order ${ID!}` })).toBeVisible();
  await button(page).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  const optIn = panel.getByRole('switch', { name: 'Notify me in this browser' });
  await optIn.check();
  await expect(optIn).toBeChecked();
  await panel.getByRole('button', { name: 'Close' }).click();

  await page.evaluate(() => (window as unknown as { hideTab: () => void }).hideTab());
  // The seller answers at 5:00; the hidden tab's next poll (every 10 s) sees it and notifies.
  // Time goes on 11 s at each look, so the poll before the answer and the one after both run.
  await expect
    .poll(
      async () => {
        await page.clock.fastForward('00:11');
        return page.evaluate(
          () => (window as unknown as { notificationCalls: unknown[] }).notificationCalls,
        );
      },
      { intervals: [50], timeout: 20_000 },
    )
    .toEqual([
      {
        title: 'Order Restore',
        body: expect.stringMatching(new RegExp(`^Order ${ID!} restored — pay by`)),
      },
    ]);
});

test('a refused permission is said plainly', async ({ page, openApp }) => {
  await page.addInitScript(() => {
    class DeniedNotification {
      static permission = 'default';
      static requestPermission = () => Promise.resolve('denied');
    }
    Object.defineProperty(window, 'Notification', { value: DeniedNotification });
  });
  await openApp('/orders');
  await button(page).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await panel.getByRole('switch', { name: 'Notify me in this browser' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'Your browser blocks notifications from this site.',
  );
  await expect(panel.getByRole('switch', { name: 'Notify me in this browser' })).not.toBeChecked();
});
