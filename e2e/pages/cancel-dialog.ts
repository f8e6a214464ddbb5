import type { Locator, Page } from '@playwright/test';

export class CancelDialog {
  readonly dialog: Locator;
  readonly reason: Locator;
  readonly details: Locator;
  readonly confirm: Locator;
  readonly keep: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Cancel order' });
    this.reason = this.dialog.getByRole('combobox', { name: 'Reason' });
    this.details = this.dialog.getByRole('textbox', { name: 'Tell us why' });
    this.confirm = this.dialog.getByRole('button', { name: 'Cancel order' });
    this.keep = this.dialog.getByRole('button', { name: 'Keep order' });
  }
}
