import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededOrder as seeded } from '../../../mocks/seed-table';
import { handlers } from '../../../mocks/handlers';
import { resetMockBackend, server } from '../../../mocks/node';
import { reasonsFor } from '../../domain/reasons';
import { mixedTemplate, reasonTemplate } from '../../i18n/words/dialog-reasons';
import { reasonLabel } from '../../i18n/words/reason-words';
import { refusalSentence } from '../../i18n/words/refusal-words';
import { renderRoute } from '../../test/render';

/** A fixed clock (Date only, unless a test says otherwise: Testing Library keeps real timers). */
const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
const DRAFT_KEY = 'order-restore:restore-draft';

const UNPAID = seeded('Cancelled by you, window open (12 minutes left)');
const UNPAID_DECLINED = seeded('Seller declined, window still open');
const CLOSING = seeded('Cancelled by you, window closing in 1 minute');
const PAID = seeded('Paid, cancelled by the seller, refund on its way');
const REQUESTED = seeded('Restoration requested (unpaid)');
const CLOSED = seeded('Restore window closed');

const template = (kind: 'unpaid' | 'paid', label: string) =>
  reasonTemplate(reasonsFor(kind).find((reason) => reasonLabel(reason) === label)!);

const MESSAGE = 'Hello, I paid with another card now. Could you please restore the order?';

/**
 * Browsers cannot focus anything inside a closed <dialog> (it is `display: none`); jsdom can.
 * React applies the first field's `autoFocus` before the dialog's effect opens it, so without
 * this jsdom would focus that field early and the dialog would take it for its opener.
 */
beforeAll(() => {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'focus')!;
  const focus = descriptor.value as HTMLElement['focus'];
  Object.defineProperty(HTMLElement.prototype, 'focus', {
    ...descriptor,
    value: function focusUnlessInClosedDialog(this: HTMLElement, options?: FocusOptions) {
      const dialog = this.closest('dialog');
      if (dialog && !dialog.open) return;
      focus.call(this, options);
    },
  });
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  resetMockBackend({ now: NOW });
  localStorage.removeItem(DRAFT_KEY);
});

afterEach(() => {
  vi.useRealTimers();
  localStorage.removeItem(DRAFT_KEY);
});

const orderCard = (id: string) =>
  screen.findByRole('article', { name: `Order ${id}` }, { timeout: 3_000 });
const messageBox = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: 'Message to seller' });
const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

async function openRestore(user: UserEvent, id: string) {
  const card = await orderCard(id);
  const opener = within(card).getByRole('button', { name: 'Restore' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Restore order' }, { timeout: 3_000 });
  return { card, opener, dialog };
}

/** Deleted Orders, by default filtered to the restorable orders (fewer cards, faster queries). */
async function renderDeleted(path = '/orders/deleted?filter=restorable') {
  const rendered = renderRoute(path);
  await screen.findAllByRole('article', {}, { timeout: 3_000 });
  return rendered;
}

/** Ticks orders in the list and opens the dialog from the selection bar. */
async function restoreSelected(user: UserEvent, ids: readonly string[], dialogName: string) {
  for (const id of ids) {
    await user.click(
      within(await orderCard(id)).getByRole('checkbox', { name: `Select order ${id}` }),
    );
  }
  const bar = screen.getByRole('region', { name: 'Selected orders' });
  const opener = within(bar).getByRole('button', {
    name: `Restore selected orders (${ids.length})`,
  });
  await user.click(opener);
  return {
    opener,
    dialog: await screen.findByRole('dialog', { name: dialogName }, { timeout: 3_000 }),
  };
}

/** One order's result in a restore answer: refused, its window closed. */
const windowClosedResult = (orderId: string) => ({
  orderId,
  ok: false,
  error: {
    type: 'https://order-restore.example/problems/restore-window-closed',
    title: 'Restore window closed',
    status: 409,
    detail: 'The restore window for this order closed at 09:12 UTC.',
    code: 'RESTORE_WINDOW_CLOSED',
  },
});

/** Records what reaches POST /api/restore-requests (then lets the mock answer). */
function watchRestoreRequests() {
  const sent: Array<{ key: string | null; body: unknown }> = [];
  server.use(
    http.post('/api/restore-requests', async ({ request }) => {
      sent.push({
        key: request.headers.get('Idempotency-Key'),
        body: await request.clone().json(),
      });
      return undefined;
    }),
  );
  return sent;
}

describe('Restore dialog: one order', () => {
  it('shows the order, its seller and how likely such a seller is to approve', async () => {
    const { user } = await renderDeleted();
    const { dialog } = await openRestore(user, UNPAID);

    expect(within(dialog).getByText(`Order ${UNPAID}`)).toBeVisible();
    expect(within(dialog).getByText('Waffle-knit throw blanket')).toBeVisible();
    expect(within(dialog).getByText('Aurora Home Store')).toBeVisible();
    expect(within(dialog).getByText('98.6% positive')).toBeVisible();
    expect(within(dialog).getByText('Sellers rated 4.5+ usually approve')).toBeVisible();
    expect(within(dialog).getByText('Restore within 12:00')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Submit' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('offers the reasons for an unpaid order', async () => {
    const { user } = await renderDeleted();
    const { dialog } = await openRestore(user, UNPAID);
    expect(optionsOf(within(dialog).getByRole('combobox', { name: 'Reason' }))).toEqual([
      'Choose a reason',
      'Payment issue has been resolved',
      'I cancelled by mistake',
      'I still want the item',
      'Other',
    ]);
  });

  it('offers the reasons for a paid order', async () => {
    const { user } = await renderDeleted();
    const { dialog } = await openRestore(user, PAID);
    expect(within(dialog).getByText(/^Refund by Dec 10, 2026/)).toBeVisible();
    expect(optionsOf(within(dialog).getByRole('combobox', { name: 'Reason' }))).toEqual([
      'Choose a reason',
      'Product issue',
      'Changed mind',
      'I want a replacement',
      'Other',
    ]);
  });

  it("fills the message from the reason, replaces an untouched template, never the buyer's words", async () => {
    const { user } = await renderDeleted();
    const { dialog } = await openRestore(user, UNPAID);
    const reason = within(dialog).getByRole('combobox', { name: 'Reason' });
    const message = messageBox(dialog);
    expect(message).toHaveValue('');

    await user.selectOptions(reason, 'I cancelled by mistake');
    expect(message).toHaveValue(template('unpaid', 'I cancelled by mistake'));

    await user.selectOptions(reason, 'I still want the item');
    expect(message).toHaveValue(template('unpaid', 'I still want the item'));

    // The buyer edits the template: another reason no longer replaces it.
    await user.type(message, ' I can pay today.');
    const edited = `${template('unpaid', 'I still want the item')} I can pay today.`;
    expect(message).toHaveValue(edited);
    await user.selectOptions(reason, 'Payment issue has been resolved');
    expect(message).toHaveValue(edited);
    expect(within(dialog).getByText(/Your own message was kept\./)).toBeVisible();

    // …unless they ask for the suggestion.
    await user.click(
      within(dialog).getByRole('button', { name: 'Use the suggested message instead' }),
    );
    expect(message).toHaveValue(template('unpaid', 'Payment issue has been resolved'));

    // Their own words from the start are kept too.
    await user.clear(message);
    await user.click(message);
    await user.paste(MESSAGE);
    await user.selectOptions(reason, 'Other');
    expect(message).toHaveValue(MESSAGE);
  });

  it('asks for a reason and a message of 10 to 500 characters, and sends nothing until then', async () => {
    const sent = watchRestoreRequests();
    const { user } = await renderDeleted();
    const { dialog } = await openRestore(user, UNPAID);
    const reason = within(dialog).getByRole('combobox', { name: 'Reason' });
    const message = messageBox(dialog);
    expect(within(dialog).getByText(/^0 \/ 500 characters/)).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('Choose a reason.')).toBeVisible();
    expect(within(dialog).getByText('Write at least 10 characters to the seller.')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveAccessibleDescription(
      expect.stringContaining('Write at least 10 characters to the seller.'),
    );

    await user.selectOptions(reason, 'Other');
    await user.clear(message);
    await user.type(message, '   Too short   ');
    expect(within(dialog).getByText(/^9 \/ 500 characters/)).toBeVisible(); // trimmed
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(
      await within(dialog).findByText('Write at least 10 characters to the seller.'),
    ).toBeVisible();
    expect(within(dialog).queryByText('Choose a reason.')).toBeNull();

    await user.clear(message);
    await user.paste('x'.repeat(501));
    expect(within(dialog).getByText(/^501 \/ 500 characters/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(
      await within(dialog).findByText('Keep the message to 500 characters or fewer.'),
    ).toBeVisible();

    // Emoji count as one character each.
    await user.clear(message);
    await user.paste('🙂'.repeat(10));
    expect(within(dialog).getByText(/^10 \/ 500 characters/)).toBeVisible();
    await waitFor(() =>
      expect(within(dialog).queryByText('Keep the message to 500 characters or fewer.')).toBeNull(),
    );

    expect(sent).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: 'Restore order' })).toBeVisible();
  });

  it('sends the request, shows the summary until dismissed, and the order is then requested', async () => {
    const sent = watchRestoreRequests();
    const { user } = await renderDeleted('/orders/deleted');
    const { dialog } = await openRestore(user, UNPAID);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Other');
    await user.clear(messageBox(dialog));
    await user.click(messageBox(dialog));
    await user.paste(MESSAGE);
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));

    expect(await within(dialog).findByText('1 request sent')).toBeVisible();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.key).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(sent[0]!.body).toEqual({
      items: [{ orderId: UNPAID, reason: 'other' }],
      message: MESSAGE,
    });
    expect(within(dialog).getByText(/The seller usually answers within a few hours/)).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const card = await orderCard(UNPAID);
    expect(await within(card).findByRole('button', { name: 'Withdraw request' })).toBeEnabled();
    expect(within(card).queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(within(card).getAllByText('Restoration requested').length).toBeGreaterThan(0);
  });

  it('closes with Escape and gives focus back to the Restore button', async () => {
    const { user } = await renderDeleted();
    const { opener, dialog } = await openRestore(user, UNPAID);
    expect(within(dialog).getByRole('combobox', { name: 'Reason' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('says so when the window closes while the dialog is open, and cannot be sent', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
    const { user } = await renderDeleted();
    const { dialog } = await openRestore(user, CLOSING);
    expect(within(dialog).getByText('Restore within 01:00')).toBeVisible();

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'The restore window for this order has closed, so it can no longer be restored.',
    );
    expect(within(dialog).getByRole('button', { name: 'Submit' })).toBeDisabled();
  });
});

describe('Restore dialog: several orders', () => {
  it('says it is checking the selection (not "Restore 0 orders") until it knows what it can send', async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.get('/api/orders/selection', async () => {
        await answered;
        return undefined;
      }),
    );
    const { user } = await renderDeleted('/orders/deleted?filter=restorable');
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await user.click(screen.getByRole('button', { name: 'Restore selected orders (11)' }));
    const checking = await screen.findByRole('dialog', { name: 'Checking 11 selected orders…' });
    expect(within(checking).getByText('Checking the selected orders…')).toBeVisible();
    expect(screen.queryByRole('dialog', { name: /Restore 0 orders/ })).toBeNull();
    answer();
    expect(
      await screen.findByRole('dialog', { name: 'Restore 11 orders' }, { timeout: 3_000 }),
    ).toBeVisible();
  });

  it('asks one reason per kind for a mix of unpaid and paid orders, with a neutral template', async () => {
    const { user } = await renderDeleted('/orders/deleted?filter=restorable');
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    const opener = screen.getByRole('button', { name: 'Restore selected orders (11)' });
    await user.click(opener);
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Restore 11 orders' },
      { timeout: 3_000 },
    );

    expect(within(dialog).queryByRole('combobox', { name: 'Reason' })).toBeNull();
    const unpaid = within(dialog).getByRole('combobox', { name: 'Reason for unpaid orders' });
    const paid = within(dialog).getByRole('combobox', { name: 'Reason for paid orders' });
    expect(optionsOf(unpaid)).toEqual([
      'Choose a reason',
      'Payment issue has been resolved',
      'I cancelled by mistake',
      'I still want the item',
      'Other',
    ]);
    expect(optionsOf(paid)).toEqual([
      'Choose a reason',
      'Product issue',
      'Changed mind',
      'I want a replacement',
      'Other',
    ]);

    await user.selectOptions(unpaid, 'I still want the item');
    expect(messageBox(dialog)).toHaveValue(mixedTemplate());

    // Both reasons are needed.
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('Choose a reason.')).toBeVisible();
    expect(paid).toHaveAttribute('aria-invalid', 'true');
    expect(unpaid).not.toHaveAttribute('aria-invalid');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('lists the orders that will not be sent, sends the rest and sums it up', async () => {
    const sent = watchRestoreRequests();
    const { user } = await renderDeleted('/orders/deleted');
    const { dialog } = await restoreSelected(
      user,
      [UNPAID, UNPAID_DECLINED, REQUESTED, CLOSED],
      'Restore 2 orders',
    );

    const note = within(dialog).getByRole('note');
    expect(note).toHaveTextContent('2 orders will not be sent:');
    expect(within(note).getByText(`1 already requested (${REQUESTED})`)).toBeVisible();
    expect(within(note).getByText(`1 restore window closed (${CLOSED})`)).toBeVisible();

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Reason' }),
      'I cancelled by mistake',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));

    const summary = await within(dialog).findByRole('status');
    expect(await within(summary).findByText('2 requests sent')).toBeVisible();
    expect(within(summary).getByText('1 not sent: already requested')).toBeVisible();
    expect(within(summary).getByText('1 not sent: restore window closed')).toBeVisible();
    expect(sent).toHaveLength(1);
    const body = sent[0]!.body as { items: Array<{ orderId: string }>; message: string };
    expect(body.message).toBe(template('unpaid', 'I cancelled by mistake'));
    expect([...body.items].sort((a, b) => a.orderId.localeCompare(b.orderId))).toEqual(
      [UNPAID, UNPAID_DECLINED]
        .sort()
        .map((orderId) => ({ orderId, reason: 'cancelled_by_mistake' })),
    );

    // The summary stays until dismissed; then the selection is cleared.
    expect(within(dialog).queryByRole('button', { name: 'Retry failed' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Selected orders' })).toBeNull();
    expect(
      await within(await orderCard(UNPAID_DECLINED)).findByRole('button', {
        name: 'Withdraw request',
      }),
    ).toBeVisible();
  });
});

describe('Restore dialog: the selection after a send', () => {
  it('keeps only the failed orders selected, as soon as the answers are in', async () => {
    // The first request is answered by the mock, then one order's answer is turned into a refusal.
    let first = true;
    server.use(
      http.post('/api/restore-requests', async ({ request }) => {
        if (!first) return undefined;
        first = false;
        const answer = await getResponse(handlers, request);
        const body = (await answer!.json()) as { results: Array<{ orderId: string }> };
        return HttpResponse.json({
          results: body.results.map((result) =>
            result.orderId === UNPAID ? windowClosedResult(UNPAID) : result,
          ),
        });
      }),
    );
    const { user } = await renderDeleted('/orders/deleted');
    const { dialog } = await restoreSelected(
      user,
      [UNPAID, UNPAID_DECLINED, CLOSED],
      'Restore 2 orders',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Reason' }),
      'I cancelled by mistake',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('1 failed: restore window closed')).toBeVisible();
    // Behind the summary, the sent order and the one that cannot be sent have left the selection.
    const bar = screen.getByRole('region', { name: 'Selected orders', hidden: true });
    expect(within(bar).getByText('1 order selected')).toBeInTheDocument();
    expect(
      within(bar).getByRole('button', { name: 'Restore selected orders (1)', hidden: true }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(
      within(await orderCard(UNPAID)).getByRole('checkbox', { name: `Select order ${UNPAID}` }),
    ).toBeChecked();
    expect(
      within(await orderCard(UNPAID_DECLINED)).getByRole('checkbox', {
        name: `Select order ${UNPAID_DECLINED}`,
      }),
    ).not.toBeChecked();
  });
});

describe('Restore dialog: refusals and the draft', () => {
  const windowClosed = (orderId: string) =>
    HttpResponse.json({ results: [windowClosedResult(orderId)] });

  /** The first request is refused for every order; later ones reach the mock. */
  function refuseFirstRequest() {
    const keys: Array<string | null> = [];
    server.use(
      http.post('/api/restore-requests', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (keys.length > 1) return undefined;
        const body = (await request.json()) as { items: Array<{ orderId: string }> };
        return windowClosed(body.items[0]!.orderId);
      }),
    );
    return keys;
  }

  async function fillAndSubmit(user: UserEvent, dialog: HTMLElement) {
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Reason' }),
      'Payment issue has been resolved',
    );
    await user.clear(messageBox(dialog));
    await user.click(messageBox(dialog));
    await user.paste(MESSAGE);
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  }

  it('puts a refusal in words and "Retry failed" sends again with a new key', async () => {
    const keys = refuseFirstRequest();
    const { user } = await renderDeleted('/orders/deleted');
    const { dialog, card } = await openRestore(user, UNPAID);
    await fillAndSubmit(user, dialog);

    const summary = await within(dialog).findByRole('status');
    expect(await within(summary).findByText('1 failed: restore window closed')).toBeVisible();
    expect(within(summary).getByText('0 requests sent')).toBeVisible();
    // In the app's own words, from the code (the server's English `detail` is for developers).
    expect(within(dialog).getByText(refusalSentence('RESTORE_WINDOW_CLOSED'))).toBeVisible();
    expect(within(dialog).queryByText(/09:12 UTC/)).not.toBeInTheDocument();
    // Rolled back: the order was not requested.
    expect(within(card).getByRole('button', { name: 'Restore' })).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Retry failed' }));
    expect(await within(dialog).findByText('1 request sent')).toBeVisible();
    expect(within(dialog).queryByText('1 failed: restore window closed')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Retry failed' })).toBeNull();
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);

    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(await within(card).findByRole('button', { name: 'Withdraw request' })).toBeVisible();
  });

  it('keeps the draft after a failed submit, also across a reload, and drops it once sent', async () => {
    refuseFirstRequest();
    const first = await renderDeleted();
    const { dialog } = await openRestore(first.user, UNPAID);
    await fillAndSubmit(first.user, dialog);
    expect(await within(dialog).findByText('1 failed: restore window closed')).toBeVisible();
    await first.user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    const reopened = (await openRestore(first.user, UNPAID)).dialog;
    expect(messageBox(reopened)).toHaveValue(MESSAGE);
    expect(within(reopened).getByRole('combobox', { name: 'Reason' })).toHaveValue(
      'payment_resolved',
    );
    await first.user.click(within(reopened).getByRole('button', { name: 'Cancel' }));

    // A reload: a new page over the same browser storage.
    first.unmount();
    const second = await renderDeleted();
    const again = (await openRestore(second.user, UNPAID)).dialog;
    expect(messageBox(again)).toHaveValue(MESSAGE);
    expect(within(again).getByRole('combobox', { name: 'Reason' })).toHaveValue('payment_resolved');

    // Sent this time (the mock accepts it): the next dialog starts empty.
    await second.user.click(within(again).getByRole('button', { name: 'Submit' }));
    expect(await within(again).findByText('1 request sent')).toBeVisible();
    await second.user.click(within(again).getByRole('button', { name: 'Dismiss' }));
    const next = (await openRestore(second.user, UNPAID_DECLINED)).dialog;
    expect(messageBox(next)).toHaveValue('');
    expect(within(next).getByRole('combobox', { name: 'Reason' })).toHaveValue('');
  });

  it('keeps the draft when the dialog is closed and opened again', async () => {
    const { user } = await renderDeleted();
    const { dialog } = await openRestore(user, UNPAID);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Other');
    await user.clear(messageBox(dialog));
    await user.click(messageBox(dialog));
    await user.paste(MESSAGE);
    await user.type(messageBox(dialog), ' Thanks!');
    // Closed right after the last key: nothing typed is lost.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(localStorage.getItem(DRAFT_KEY)).toContain(`${MESSAGE} Thanks!`);

    const reopened = (await openRestore(user, UNPAID)).dialog;
    expect(messageBox(reopened)).toHaveValue(`${MESSAGE} Thanks!`);
    expect(within(reopened).getByRole('combobox', { name: 'Reason' })).toHaveValue('other');
  });
});
