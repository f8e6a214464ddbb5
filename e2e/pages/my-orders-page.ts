import type { Locator, Page } from '@playwright/test';

/** My Orders, through the QA contract's roles and names only. */
export class MyOrdersPage {
  readonly heading: Locator;
  readonly orders: Locator;
  readonly myOrdersLink: Locator;
  readonly deletedOrdersLink: Locator;
  readonly search: Locator;
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My Orders' });
    this.orders = page.getByRole('article', { name: /^Order \d{16}$/ });
    this.myOrdersLink = page.getByRole('link', { name: 'My Orders', exact: true });
    this.deletedOrdersLink = page.getByRole('link', { name: /^Deleted Orders/ });
    this.search = page.getByRole('searchbox', { name: 'Search orders' });
    this.loadMore = page.getByRole('button', { name: 'Load more' });
  }

  async goto(): Promise<void> {
    await this.myOrdersLink.click();
  }

  /** A tab by its label; its count may follow the label. */
  tab(label: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Order status' })
      .getByRole('link', { name: new RegExp(`^${label}\\b`) });
  }

  order(id: string): Locator {
    return this.page.getByRole('article', { name: `Order ${id}`, exact: true });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }
}
