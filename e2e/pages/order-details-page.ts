import type { Locator, Page } from '@playwright/test';
import { words, type Words } from '../words';

export class OrderDetailsPage {
  readonly w: Words = words();
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
    const w = this.w;
    this.heading = page.getByRole('heading', {
      level: 1,
      name:
        typeof id === 'string'
          ? w('Order {orderNumber}', { orderNumber: id })
          : w.re('Order {orderNumber}', { orderNumber: id }),
    });
    this.downloadCsv = page.getByRole('button', { name: w('Download CSV') });
    this.downloadJson = page.getByRole('button', { name: w('Download JSON') });
    this.print = page.getByRole('button', { name: w('Print') });
    this.timeline = page.getByRole('region', { name: w('Timeline') }).getByRole('listitem');
    this.path = page.getByRole('list', { name: w('Order path') }).getByRole('listitem');
  }
}
