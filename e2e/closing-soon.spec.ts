/**
 * Closing soon (product.md §12): while restorable orders' windows close within five minutes,
 * Deleted Orders says how many and for how long, and selects exactly those orders.
 */
import { orders } from '../mocks/qa';
import { expect, test } from './fixtures';
import { DeletedOrdersPage } from './pages/deleted-orders-page';

test('the closing-soon banner counts down and selects the right orders', async ({
  page,
  openApp,
  mock,
  checkA11y,
}) => {
  await page.clock.install();
  await openApp('/orders/deleted', { scenario: 'empty' });
  const [soon, alsoSoon] = await mock.put(
    orders.cancelled({ cancelledBy: 'buyer', windowLeft: '04:00' }),
    2,
  );
  const [later] = await mock.put(orders.cancelled({ cancelledBy: 'seller', windowLeft: '10:00' }));
  const deleted = new DeletedOrdersPage(page);
  const banner = page.getByRole('complementary', { name: 'Closing soon' });
  await expect(banner).toContainText('2 orders can be restored for 4 more minutes');
  await checkA11y();

  await banner.getByRole('button', { name: 'Select them' }).click();
  await expect(deleted.selectionBar).toContainText('2 orders selected');
  await expect(deleted.select(soon!)).toBeChecked();
  await expect(deleted.select(alsoSoon!)).toBeChecked();
  await expect(deleted.select(later!)).not.toBeChecked();

  // A minute later, the banner counts down with the clock.
  await page.clock.fastForward('01:00');
  await expect(banner).toContainText('2 orders can be restored for 3 more minutes');

  // Those two windows close; the third now closes within five minutes.
  await page.clock.fastForward('04:30');
  await expect(banner).toContainText('1 order can be restored for 5 more minutes');
  await banner.getByRole('button', { name: 'Select it' }).click();
  await expect(deleted.select(later!)).toBeChecked();

  // And once it has closed too, the banner is gone.
  await page.clock.fastForward('05:00');
  await expect(banner).toBeHidden();
});
