import type { Locator, Page } from '@playwright/test';
import { words, type Words } from '../words';

/** My Orders, through the QA contract's roles and names only, in the project's language. */
export class MyOrdersPage {
  readonly w: Words = words();
  readonly heading: Locator;
  readonly orders: Locator;
  readonly myOrdersLink: Locator;
  readonly deletedOrdersLink: Locator;
  readonly search: Locator;
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    const w = this.w;
    this.heading = page.getByRole('heading', { level: 1, name: w('My Orders'), exact: true });
    this.orders = page.getByRole('article', {
      name: w.re('Order {orderNumber}', { orderNumber: /\d{16}/ }),
    });
    this.myOrdersLink = page.getByRole('link', { name: w('My Orders'), exact: true });
    this.deletedOrdersLink = page.getByRole('link', { name: w.startsWith('Deleted Orders') });
    this.search = page.getByRole('searchbox', { name: w('Search orders') });
    this.loadMore = page.getByRole('button', { name: w('Load more') });
  }

  async goto(): Promise<void> {
    await this.myOrdersLink.click();
  }

  /** A tab by its English label (translated here); its count may follow the label. */
  tab(label: string): Locator {
    return this.page.getByRole('navigation', { name: this.w('Order status') }).getByRole('link', {
      name: this.w.re(label, {}, { context: 'tab of My Orders', prefix: true }),
    });
  }

  order(id: string): Locator {
    return this.page.getByRole('article', {
      name: this.w('Order {orderNumber}', { orderNumber: id }),
      exact: true,
    });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }
}
