import { expect, test } from './fixtures';
import { CancelDialog } from './pages/cancel-dialog';
import { MyOrdersPage } from './pages/my-orders-page';
import { seededOrder } from './seed';

test('pay an unpaid order', { tag: '@faults' }, async ({ page, openApp }) => {
  const id = seededOrder('Unpaid, two items');
  await openApp('/orders');
  const myOrders = new MyOrdersPage(page);
  const order = myOrders.order(id);
  await expect(order.getByText('Unpaid', { exact: true })).toBeVisible();
  await order.getByRole('button', { name: 'Pay now' }).click();
  await expect(order.getByText('Paid', { exact: true })).toBeVisible();
  await expect(order.getByText(/The seller ships by/)).toBeVisible();
  await expect(order.getByRole('button', { name: 'Pay now' })).toHaveCount(0);
  await myOrders.tab('Paid').click();
  await expect(myOrders.order(id)).toBeVisible();
});

test(
  'cancel an order through the dialog, keeping it first, and find it in Deleted Orders',
  { tag: '@faults' },
  async ({ page, openApp }) => {
    const id = seededOrder('Unpaid, pay-by in about 24 hours');
    await openApp('/orders');
    const myOrders = new MyOrdersPage(page);
    const opener = myOrders.order(id).getByRole('button', { name: 'Cancel order' });
    await opener.click();
    const dialog = new CancelDialog(page);
    await expect(dialog.dialog).toBeVisible();
    await dialog.keep.click();
    await expect(dialog.dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.click();
    await dialog.confirm.click();
    await expect(dialog.dialog.getByText('Choose a reason.')).toBeVisible();
    await dialog.reason.selectOption('Other');
    await dialog.details.fill('Ok');
    await dialog.confirm.click();
    await expect(dialog.dialog.getByText('Write at least 3 characters.')).toBeVisible();
    await dialog.details.fill('Bought it in a shop nearby');
    await dialog.confirm.click();
    await expect(dialog.dialog).toBeHidden();
    await expect(myOrders.order(id)).toHaveCount(0);

    await myOrders.deletedOrdersLink.click();
    const cancelled = page.getByRole('article', { name: `Order ${id}` });
    await expect(cancelled.getByText('You cancelled this order')).toBeVisible();
    await expect(cancelled.getByText('Bought it in a shop nearby')).toBeVisible();
    await expect(cancelled.getByText(/^Restore within 1[45]:\d\d$/)).toBeVisible();
  },
);

test('confirm receipt of a shipped order', { tag: '@faults' }, async ({ page, openApp }) => {
  const id = seededOrder('Shipped');
  await openApp('/orders?tab=shipped');
  const order = new MyOrdersPage(page).order(id);
  await order.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(order).toHaveCount(0);
  await new MyOrdersPage(page).tab('Finished').click();
  await expect(
    new MyOrdersPage(page).order(id).getByText('Finished', { exact: true }),
  ).toBeVisible();
});

test('search by order number and by store, kept in the URL', async ({ page, openApp }) => {
  const id = seededOrder('Paid, awaiting shipment');
  await openApp('/orders');
  const myOrders = new MyOrdersPage(page);
  await myOrders.searchFor(id);
  await expect(myOrders.orders).toHaveCount(1);
  await expect(myOrders.order(id)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${id}`));
  await myOrders.searchFor('Kestrel Audio');
  await expect(myOrders.orders.first()).toBeVisible();
  for (const article of await myOrders.orders.all()) {
    await expect(article.getByText('Kestrel Audio')).toBeVisible();
  }
  await page.reload();
  await expect(myOrders.search).toHaveValue('Kestrel Audio');
  await myOrders.searchFor('zzzz-nothing');
  await expect(page.getByText('No orders match “zzzz-nothing”.')).toBeVisible();
});

test('tabs keep their place in history: back and forward work', async ({ page, openApp }) => {
  await openApp('/orders');
  const myOrders = new MyOrdersPage(page);
  for (const label of ['Unpaid', 'Paid', 'Shipped', 'Refunding', 'Finished', 'All']) {
    await myOrders.tab(label).click();
    await expect(myOrders.tab(label)).toHaveAttribute('aria-current', 'page');
    await expect(myOrders.orders.first()).toBeVisible();
  }
  await page.goBack();
  await expect(myOrders.tab('Finished')).toHaveAttribute('aria-current', 'page');
  await page.goForward();
  await expect(myOrders.tab('All')).toHaveAttribute('aria-current', 'page');
});

test('an unpaid order is cancelled automatically when the clock passes its pay-by', async ({
  page,
  openApp,
}) => {
  const id = seededOrder('Unpaid, pay-by in 15 minutes');
  await page.clock.install();
  await openApp('/orders?tab=unpaid');
  const myOrders = new MyOrdersPage(page);
  await expect(myOrders.order(id)).toBeVisible();
  await page.clock.fastForward('16:00');
  await expect(myOrders.order(id)).toHaveCount(0);
  await myOrders.deletedOrdersLink.click();
  const cancelled = page.getByRole('article', { name: `Order ${id}` });
  await expect(
    cancelled.getByText('Cancelled automatically: payment not received in time'),
  ).toBeVisible();
});

test('keyboard only: tab to an order and pay it', async ({ page, openApp }) => {
  const id = seededOrder('Unpaid, pay-by in about 24 hours');
  await openApp('/orders?tab=unpaid');
  const pay = new MyOrdersPage(page).order(id).getByRole('button', { name: 'Pay now' });
  await expect(pay).toBeVisible();
  for (let i = 0; i < 40 && !(await pay.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(pay).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(new MyOrdersPage(page).order(id)).toHaveCount(0);
});

test('cancel a paid order: the dialog gives the refund date, Deleted Orders shows it', async ({
  page,
  openApp,
}) => {
  const id = seededOrder('Paid, awaiting shipment');
  await openApp('/orders?tab=paid');
  await new MyOrdersPage(page).order(id).getByRole('button', { name: 'Cancel order' }).click();
  const dialog = new CancelDialog(page);
  await expect(dialog.dialog.getByText(/will be refunded by \w{3} \d{1,2}, \d{4}/)).toBeVisible();
  await dialog.reason.selectOption('The delivery takes too long');
  await dialog.confirm.click();
  await expect(dialog.dialog).toBeHidden();
  await new MyOrdersPage(page).deletedOrdersLink.click();
  const card = page.getByRole('article', { name: `Order ${id}` });
  await expect(card.getByText('You cancelled this order')).toBeVisible();
  await expect(card.getByText(/^Refund by \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
});
