import type { Locator, Page } from '@playwright/test';
import { ANY_COUNT, words, type Words } from '../words';

const ORDER_NUMBER = /\d{16}/;

/** Deleted Orders, through the QA contract's roles and names only, in the project's language. */
export class DeletedOrdersPage {
  readonly w: Words = words();
  readonly heading: Locator;
  readonly orders: Locator;
  readonly link: Locator;
  readonly search: Locator;
  readonly selectAll: Locator;
  readonly selectionBar: Locator;
  readonly restoreSelected: Locator;
  readonly clearSelection: Locator;
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    const w = this.w;
    this.heading = page.getByRole('heading', { level: 1, name: w('Deleted Orders'), exact: true });
    this.orders = page.getByRole('article', {
      name: w.re('Order {orderNumber}', { orderNumber: ORDER_NUMBER }),
    });
    this.link = page.getByRole('link', { name: w.startsWith('Deleted Orders') });
    this.search = page.getByRole('searchbox', { name: w('Search orders') });
    this.selectAll = page.getByRole('checkbox', { name: w('Select all'), exact: true });
    this.selectionBar = page.getByRole('region', { name: w('Selected orders') });
    this.restoreSelected = page.getByRole('button', {
      name: w.re(
        '{count, plural, one {Restore selected orders (#)} other {Restore selected orders (#)}}',
        { count: ANY_COUNT },
      ),
    });
    this.clearSelection = page.getByRole('button', { name: w('Clear selection') });
    this.loadMore = page.getByRole('button', { name: w('Load more') });
  }

  /** A filter by its English label (translated here); its count may follow. */
  filter(label: string): Locator {
    return this.page.getByRole('navigation', { name: this.w('Restore status') }).getByRole('link', {
      name: this.w.re(label, {}, { context: 'filter of Deleted Orders', prefix: true }),
    });
  }

  order(id: string): Locator {
    return this.page.getByRole('article', {
      name: this.w('Order {orderNumber}', { orderNumber: id }),
      exact: true,
    });
  }

  select(id: string): Locator {
    return this.order(id).getByRole('checkbox', {
      name: this.w('Select order {orderNumber}', { orderNumber: id }),
    });
  }

  restoreButton(id: string): Locator {
    return this.order(id).getByRole('button', { name: this.w('Restore'), exact: true });
  }
}
