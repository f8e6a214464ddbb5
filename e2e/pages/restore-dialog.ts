import { expect, type Locator, type Page } from '@playwright/test';

/** The restore dialog: "Restore order" for one order, "Restore N orders" for several. */
export class RestoreDialog {
  readonly dialog: Locator;
  readonly reason: Locator;
  readonly unpaidReason: Locator;
  readonly paidReason: Locator;
  readonly message: Locator;
  readonly submit: Locator;
  readonly cancel: Locator;
  readonly retryFailed: Locator;
  readonly dismiss: Locator;

  constructor(page: Page, name: string | RegExp = /^Restore (order|[\d,]+ orders)$/) {
    this.dialog = page.getByRole('dialog', { name });
    this.reason = this.dialog.getByRole('combobox', { name: 'Reason', exact: true });
    this.unpaidReason = this.dialog.getByRole('combobox', { name: 'Reason for unpaid orders' });
    this.paidReason = this.dialog.getByRole('combobox', { name: 'Reason for paid orders' });
    this.message = this.dialog.getByRole('textbox', { name: 'Message to seller' });
    this.submit = this.dialog.getByRole('button', { name: 'Submit' });
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' });
    this.retryFailed = this.dialog.getByRole('button', { name: 'Retry failed' });
    this.dismiss = this.dialog.getByRole('button', { name: 'Dismiss' });
  }

  /** Picks a reason (the template fills the message) and optionally writes a message of one's own. */
  async fill(reason: string, message?: string): Promise<void> {
    await this.reason.selectOption({ label: reason });
    if (message !== undefined) await this.message.fill(message);
    else await expect(this.message).not.toHaveValue('');
  }

  async send(): Promise<void> {
    await this.submit.click();
    await expect(this.dismiss).toBeVisible();
  }
}
