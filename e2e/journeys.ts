/** Journeys that run against the in-page mock and against a live backend alike. */
import type { Page } from '@playwright/test';
import { expect, refuseNextRestoreOf } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';
import { RestoreDialog } from './pages/restore-dialog';

/**
 * In Deleted Orders: three orders selected and restored at once, the second refused by the
 * server (its reason swapped on the way); the summary says so and "Retry failed" sends it.
 */
export async function restoreThreeWithOneRefused(
  page: Page,
  ids: readonly [string, string, string],
): Promise<void> {
  await refuseNextRestoreOf(page, ids[1]);
  const deleted = new DeletedOrdersPage(page);
  for (const id of ids) await deleted.select(id).check();
  await deleted.restoreSelected.click();
  const dialog = new RestoreDialog(page, 'Restore 3 orders');
  await dialog.fill('Payment issue has been resolved');
  await dialog.send();
  await expect(dialog.dialog.getByText('2 requests sent')).toBeVisible();
  await expect(dialog.dialog.getByText('1 failed: not accepted')).toBeVisible();
  await dialog.retryFailed.click();
  await expect(dialog.dialog.getByText('3 requests sent')).toBeVisible();
  await expect(dialog.retryFailed).toBeHidden();
}
