import type { Locator, Page } from '@playwright/test';

export class OrderDetailsPage {
  readonly heading: Locator;
  readonly downloadCsv: Locator;
  readonly downloadJson: Locator;
  readonly print: Locator;
  readonly timeline: Locator;
  readonly path: Locator;

  constructor(
    readonly page: Page,
    id: string | RegExp,
  ) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: typeof id === 'string' ? `Order ${id}` : id,
    });
    this.downloadCsv = page.getByRole('button', { name: 'Download CSV' });
    this.downloadJson = page.getByRole('button', { name: 'Download JSON' });
    this.print = page.getByRole('button', { name: 'Print' });
    this.timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    this.path = page.getByRole('list', { name: 'Order path' }).getByRole('listitem');
  }
}
