import type { Locator, Page } from '@playwright/test';

/** Deleted Orders, through the QA contract's roles and names only. */
export class DeletedOrdersPage {
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
    this.heading = page.getByRole('heading', { level: 1, name: 'Deleted Orders' });
    this.orders = page.getByRole('article', { name: /^Order \d{16}$/ });
    this.link = page.getByRole('link', { name: /^Deleted Orders/ });
    this.search = page.getByRole('searchbox', { name: 'Search orders' });
    this.selectAll = page.getByRole('checkbox', { name: 'Select all' });
    this.selectionBar = page.getByRole('region', { name: 'Selected orders' });
    this.restoreSelected = page.getByRole('button', { name: /^Restore selected orders/ });
    this.clearSelection = page.getByRole('button', { name: 'Clear selection' });
    this.loadMore = page.getByRole('button', { name: 'Load more' });
  }

  filter(label: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Restore status' })
      .getByRole('link', { name: new RegExp(`^${label}\\b`) });
  }

  order(id: string): Locator {
    return this.page.getByRole('article', { name: `Order ${id}`, exact: true });
  }

  select(id: string): Locator {
    return this.order(id).getByRole('checkbox', { name: `Select order ${id}` });
  }

  restoreButton(id: string): Locator {
    return this.order(id).getByRole('button', { name: 'Restore', exact: true });
  }
}
