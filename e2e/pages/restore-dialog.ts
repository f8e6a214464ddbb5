import { expect, type Locator, type Page } from '@playwright/test';
import { ANY_COUNT, words, type Words } from '../words';

const RESTORE_ORDERS = '{count, plural, one {Restore # order} other {Restore # orders}}';

/**
 * The restore dialog: "Restore order" for one order, "Restore N orders" for several (named in
 * English, as the QA contract writes it; the project's language is looked up in the catalogs).
 */
export class RestoreDialog {
  readonly w: Words = words();
  readonly dialog: Locator;
  readonly reason: Locator;
  readonly unpaidReason: Locator;
  readonly paidReason: Locator;
  readonly message: Locator;
  readonly submit: Locator;
  readonly cancel: Locator;
  readonly retryFailed: Locator;
  readonly dismiss: Locator;

  constructor(page: Page, name?: 'Restore order' | `Restore ${string} orders`) {
    const w = this.w;
    this.dialog = page.getByRole('dialog', { name: this.nameOf(name) });
    this.reason = this.dialog.getByRole('combobox', { name: w('Reason'), exact: true });
    this.unpaidReason = this.dialog.getByRole('combobox', { name: w('Reason for unpaid orders') });
    this.paidReason = this.dialog.getByRole('combobox', { name: w('Reason for paid orders') });
    this.message = this.dialog.getByRole('textbox', { name: w('Message to seller') });
    this.submit = this.dialog.getByRole('button', { name: w('Submit') });
    this.cancel = this.dialog.getByRole('button', { name: w('Cancel'), exact: true });
    this.retryFailed = this.dialog.getByRole('button', { name: w('Retry failed') });
    this.dismiss = this.dialog.getByRole('button', { name: w('Dismiss') });
  }

  private nameOf(name: string | undefined): string | RegExp {
    const w = this.w;
    if (name === undefined) {
      const one = w.re('Restore order').source.slice(1, -1);
      const many = w.re(RESTORE_ORDERS, { count: ANY_COUNT }).source.slice(1, -1);
      return new RegExp(`^(?:${one}|${many})$`);
    }
    if (name === 'Restore order') return w('Restore order');
    const count = Number(/^Restore ([\d,]+) orders$/.exec(name)![1]!.replaceAll(',', ''));
    return w(RESTORE_ORDERS, { count });
  }

  /** Picks a reason by its English label (the template fills the message); optionally writes one's own message. */
  async fill(reason: string, message?: string): Promise<void> {
    await this.reason.selectOption({ label: this.w(reason) });
    if (message !== undefined) await this.message.fill(message);
    else await expect(this.message).not.toHaveValue('');
  }

  async send(): Promise<void> {
    await this.submit.click();
    await expect(this.dismiss).toBeVisible();
  }
}
