import type { Locator, Page } from '@playwright/test';
import { words } from '../words';

export class CancelDialog {
  readonly dialog: Locator;
  readonly reason: Locator;
  readonly details: Locator;
  readonly confirm: Locator;
  readonly keep: Locator;

  constructor(page: Page) {
    const w = words();
    this.dialog = page.getByRole('dialog', { name: w('Cancel order', {}, 'dialog title') });
    this.reason = this.dialog.getByRole('combobox', { name: w('Reason') });
    this.details = this.dialog.getByRole('textbox', { name: w('Tell us why') });
    this.confirm = this.dialog.getByRole('button', { name: w('Cancel order') });
    this.keep = this.dialog.getByRole('button', { name: w('Keep order') });
  }
}
