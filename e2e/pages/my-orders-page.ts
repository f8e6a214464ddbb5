import type { Locator, Page } from '@playwright/test';

export class MyOrdersPage {
  readonly heading: Locator;
  readonly orders: Locator;
  readonly myOrdersLink: Locator;
  readonly deletedOrdersLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My Orders' });
    this.orders = page.getByRole('article', { name: /^Order \d{16}$/ });
    this.myOrdersLink = page.getByRole('link', { name: 'My Orders', exact: true });
    this.deletedOrdersLink = page.getByRole('link', { name: /^Deleted Orders/ });
  }

  order(id: string): Locator {
    return this.page.getByRole('article', { name: `Order ${id}`, exact: true });
  }
}
