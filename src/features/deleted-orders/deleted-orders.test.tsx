import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededOrder as seeded } from '../../../mocks/seed-table';
import { resetMockBackend } from '../../../mocks/node';
import { renderRoute } from '../../test/render';

/** A fixed clock (Date only, unless a test says otherwise: Testing Library keeps real timers). */
const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);

const BY_YOU = seeded('Cancelled by you, window open (12 minutes left)');
const BY_SELLER = seeded('Cancelled by the seller, window open');
const NOT_PAID = seeded('Cancelled automatically (payment not received), window open');
const CLOSING = seeded('Cancelled by you, window closing in 1 minute');
const PAID_BY_YOU = seeded('Paid, cancelled by you, refund on its way');
const NOT_SHIPPED = seeded('Paid, cancelled automatically (not shipped in time)');
const REQUESTED = seeded('Restoration requested (unpaid)');
const DECLINED = seeded('Seller declined, window still open');
const PAID_DECLINED = seeded('Paid, seller declined, refund on its way');
const CLOSED = seeded('Restore window closed');
const REFUNDED = seeded('Refunded (refund landed)');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  resetMockBackend({ now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * A filter's accessible name: its label, then its count ("Restorable 11"). jsdom's name
 * computation drops the space before the count's <span>, so the space is optional here.
 */
const filterLink = (label: string, count: number) => new RegExp(`^${label}\\s?${count}$`);

const filters = () => screen.getByRole('navigation', { name: 'Restore status' });
const orderCard = (id: string) =>
  screen.findByRole('article', { name: `Order ${id}` }, { timeout: 3_000 });
/** An order's checkbox, looked up inside its card (cheaper than a page-wide role query). */
const checkbox = (id: string) =>
  within(screen.getByRole('article', { name: `Order ${id}` })).getByRole('checkbox', {
    name: `Select order ${id}`,
  });
const orderCheckboxes = () => screen.getAllByRole('checkbox', { name: /^Select order \d{16}$/ });
const selectAll = () => screen.getByRole('checkbox', { name: 'Select all' });
const selectionBar = () => screen.queryByRole('region', { name: 'Selected orders' });

function listedIds(): string[] {
  return screen
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 2 }).textContent)
    .map((name) => /^Order (\d{16})$/.exec(name)?.[1] ?? name);
}

async function renderDeleted(path = '/orders/deleted') {
  const rendered = renderRoute(path);
  await screen.findAllByRole('article', {}, { timeout: 3_000 });
  return rendered;
}

describe('Deleted Orders: filters', () => {
  it('shows every filter with its count, "All" current', async () => {
    await renderDeleted();
    expect(screen.getByRole('heading', { level: 1, name: 'Deleted Orders' })).toBeVisible();
    for (const [label, count] of [
      ['All', 23],
      ['Restorable', 11],
      ['Requested', 3],
      ['Closed', 9],
    ] as const) {
      expect(
        await within(filters()).findByRole('link', { name: filterLink(label, count) }),
      ).toBeVisible();
    }
    expect(within(filters()).getByRole('link', { name: filterLink('All', 23) })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The first screen of rows paints first; the rest follow in a background render.
    await waitFor(() => expect(listedIds()).toHaveLength(23));
  });

  it('lists only the matching orders under each filter, and keeps the filter in the URL', async () => {
    const { user, router } = await renderDeleted();
    expect(document.title).toBe('Deleted Orders · Order Restore');
    for (const [label, count, param, included, excluded] of [
      ['Restorable', 11, 'restorable', [BY_YOU, PAID_BY_YOU, DECLINED], [REQUESTED, CLOSED]],
      ['Requested', 3, 'requested', [REQUESTED], [BY_YOU, CLOSED]],
      ['Closed', 9, 'closed', [CLOSED, REFUNDED], [BY_YOU, REQUESTED]],
    ] as const) {
      await user.click(
        await within(filters()).findByRole('link', { name: filterLink(label, count) }),
      );
      expect(router.state.location.search).toBe(`?filter=${param}`);
      await waitFor(() => expect(listedIds()).toHaveLength(count));
      expect(document.title).toBe(`Deleted Orders: ${label} · Order Restore`);
      for (const id of included) expect(listedIds()).toContain(id);
      for (const id of excluded) expect(listedIds()).not.toContain(id);
      expect(
        within(filters()).getByRole('link', { name: filterLink(label, count) }),
      ).toHaveAttribute('aria-current', 'page');
      expect(
        within(filters()).getByRole('link', { name: filterLink('All', 23) }),
      ).not.toHaveAttribute('aria-current');
    }
  });

  it('opens on the filter named in the URL', async () => {
    await renderDeleted('/orders/deleted?filter=requested');
    await waitFor(() => expect(listedIds()).toHaveLength(3));
    expect(
      await within(filters()).findByRole('link', { name: filterLink('Requested', 3) }),
    ).toHaveAttribute('aria-current', 'page');
  });
});

describe('Deleted Orders: what each card says', () => {
  it("says who cancelled each order, in the product's words, with the reason given", async () => {
    await renderDeleted();
    for (const [id, words] of [
      [BY_YOU, 'You cancelled this order'],
      [BY_SELLER, 'Cancelled by the seller'],
      [NOT_PAID, 'Cancelled automatically: payment not received in time'],
      [NOT_SHIPPED, 'Cancelled automatically: the seller did not ship in time'],
    ] as const) {
      const card = await orderCard(id);
      expect(within(card).getByText(words)).toBeVisible();
      expect(within(card).getByText('Cancelled')).toBeVisible();
    }
    expect(
      within(await orderCard(BY_YOU)).getByText(/I want to change the delivery address/),
    ).toBeVisible();
    expect(within(await orderCard(BY_SELLER)).getByText(/Out of stock/)).toBeVisible();
  });

  it('shows the restore line of each kind of cancelled order, with its actions', async () => {
    await renderDeleted();

    const open = await orderCard(BY_YOU);
    expect(within(open).getByText('Restore within 12:00')).toBeVisible();
    expect(within(open).getByRole('button', { name: 'Restore' })).toBeEnabled();

    const paid = await orderCard(PAID_BY_YOU);
    expect(within(paid).getByText('Refund by Dec 9, 2026')).toBeVisible();
    expect(within(paid).getByRole('button', { name: 'Restore' })).toBeEnabled();

    const requested = await orderCard(REQUESTED);
    expect(within(requested).getAllByText('Restoration requested')).toHaveLength(2); // badge + line
    expect(
      within(requested).getByText('Waiting 2 min · this seller usually answers within 45 min'),
    ).toBeVisible();
    expect(within(requested).getByRole('button', { name: 'Withdraw request' })).toBeEnabled();
    expect(within(requested).queryByRole('button', { name: 'Restore' })).toBeNull();

    const declined = await orderCard(DECLINED);
    // The seller's words are their own element (<bdi>), so they keep their direction in Arabic.
    expect(within(declined).getByText(/^Seller declined:/)).toHaveTextContent(
      'Seller declined: Sorry, this item is no longer in stock.',
    );
    expect(within(declined).getByText('Restore within 06:00')).toBeVisible();
    expect(within(declined).getByRole('button', { name: 'Restore' })).toBeEnabled();

    const paidDeclined = await orderCard(PAID_DECLINED);
    expect(within(paidDeclined).getByText(/^Seller declined:/)).toBeVisible();
    expect(within(paidDeclined).getByText('Refund by Dec 8, 2026')).toBeVisible();

    const closed = await orderCard(CLOSED);
    expect(within(closed).getByText('Restore window closed')).toBeVisible();
    expect(within(closed).queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(within(closed).getByRole('button', { name: 'Buy again' })).toBeEnabled();

    const refunded = await orderCard(REFUNDED);
    expect(within(refunded).getByText('Refunded on Nov 20, 2026')).toBeVisible();
    expect(within(refunded).queryByRole('button', { name: 'Restore' })).toBeNull();
  });

  it('counts down the restore window and closes it at zero', async () => {
    // The countdown ticks on a 1 s setInterval: fake it too, and move the clock by hand.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
    await renderDeleted();
    const card = await orderCard(CLOSING);
    expect(within(card).getByText('Restore within 01:00')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Restore' })).toBeEnabled();

    act(() => {
      vi.advanceTimersByTime(31_000);
    });
    expect(within(card).getByText('Restore within 00:29')).toBeVisible();

    act(() => {
      vi.advanceTimersByTime(29_000);
    });
    expect(within(card).getByText('Restore window closed')).toBeVisible();
    expect(within(card).queryByText(/^Restore within/)).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(within(card).getByRole('button', { name: 'Buy again' })).toBeEnabled();
    // Other windows are still open.
    expect(within(await orderCard(BY_YOU)).getByText('Restore within 11:00')).toBeVisible();
  });

  it('closes the window when the clock jumps past it (a sleeping laptop)', async () => {
    await renderDeleted();
    const card = await orderCard(CLOSING);
    expect(within(card).getByText('Restore within 01:00')).toBeVisible();

    vi.setSystemTime(NOW + 61_000);
    expect(
      await within(card).findByText('Restore window closed', {}, { timeout: 2_000 }),
    ).toBeVisible();
    expect(within(card).queryByRole('button', { name: 'Restore' })).toBeNull();
  });
});

describe('Deleted Orders: selection', () => {
  it('selects single orders; the bar counts them; unticking and clearing work', async () => {
    const { user } = await renderDeleted();
    expect(selectionBar()).toBeNull();

    await user.click(checkbox(BY_YOU));
    await user.click(checkbox(CLOSED));
    expect(checkbox(BY_YOU)).toBeChecked();
    expect(checkbox(CLOSED)).toBeChecked();
    expect(checkbox(BY_SELLER)).not.toBeChecked();
    const bar = selectionBar()!;
    expect(bar).toBeVisible();
    expect(within(bar).getByText('2 orders selected')).toBeVisible();
    expect(within(bar).getByRole('button', { name: 'Restore selected orders (2)' })).toBeEnabled();
    expect(selectAll()).not.toBeChecked();
    expect(selectAll()).toHaveProperty('indeterminate', true);

    await user.click(checkbox(CLOSED));
    expect(within(bar).getByText('1 order selected')).toBeVisible();
    expect(checkbox(BY_YOU)).toBeChecked();
    expect(checkbox(CLOSED)).not.toBeChecked();

    await user.click(within(bar).getByRole('button', { name: 'Clear selection' }));
    expect(selectionBar()).toBeNull();
    expect(checkbox(BY_YOU)).not.toBeChecked();
    expect(selectAll()).not.toBeChecked();
    expect(selectAll()).toHaveProperty('indeterminate', false);
  });

  it('"Select all" selects every order in the filter; unticking one keeps the others', async () => {
    const { user } = await renderDeleted();
    await user.click(selectAll());

    expect(selectAll()).toBeChecked();
    expect(selectAll()).toHaveProperty('indeterminate', false);
    expect(orderCheckboxes()).toHaveLength(23);
    for (const box of orderCheckboxes()) expect(box).toBeChecked();
    expect(within(selectionBar()!).getByText('All 23 orders selected')).toBeVisible();
    expect(
      within(selectionBar()!).getByRole('button', { name: 'Restore selected orders (23)' }),
    ).toBeVisible();

    await user.click(checkbox(REFUNDED));
    expect(checkbox(REFUNDED)).not.toBeChecked();
    expect(checkbox(BY_YOU)).toBeChecked();
    expect(checkbox(CLOSED)).toBeChecked();
    expect(within(selectionBar()!).getByText('22 orders selected')).toBeVisible();
    expect(selectAll()).not.toBeChecked();
    expect(selectAll()).toHaveProperty('indeterminate', true);

    // From mixed, "Select all" selects everything again.
    await user.click(selectAll());
    expect(checkbox(REFUNDED)).toBeChecked();
    expect(within(selectionBar()!).getByText('All 23 orders selected')).toBeVisible();

    await user.click(selectAll());
    expect(selectionBar()).toBeNull();
    expect(checkbox(BY_YOU)).not.toBeChecked();
  });

  it('keeps only the selected orders that match a new filter, and says how many were dropped', async () => {
    const { user } = await renderDeleted();
    await user.click(checkbox(BY_YOU));
    await user.click(checkbox(PAID_BY_YOU));
    await user.click(checkbox(CLOSED));
    expect(within(selectionBar()!).getByText('3 orders selected')).toBeVisible();

    await user.click(within(filters()).getByRole('link', { name: filterLink('Restorable', 11) }));

    expect(
      await screen.findByText(
        '1 selected order does not match this filter or search and was dropped from the selection.',
      ),
    ).toBeVisible();
    expect(within(selectionBar()!).getByText('2 orders selected')).toBeVisible();
    expect(await orderCard(PAID_BY_YOU)).toBeVisible();
    expect(checkbox(BY_YOU)).toBeChecked();
    expect(checkbox(PAID_BY_YOU)).toBeChecked();
    expect(listedIds()).not.toContain(CLOSED);

    // Going back does not bring the dropped order back.
    await user.click(within(filters()).getByRole('link', { name: filterLink('All', 23) }));
    await waitFor(() => expect(listedIds()).toHaveLength(23));
    expect(checkbox(CLOSED)).not.toBeChecked();
    expect(within(selectionBar()!).getByText('2 orders selected')).toBeVisible();
  });

  it('narrows a "Select all" to the orders of the new filter', async () => {
    const { user } = await renderDeleted();
    await user.click(selectAll());
    await user.click(within(filters()).getByRole('link', { name: filterLink('Requested', 3) }));

    expect(
      await screen.findByText(
        '20 selected orders do not match this filter or search and were dropped from the selection.',
      ),
    ).toBeVisible();
    expect(within(selectionBar()!).getByText('All 3 orders selected')).toBeVisible();
    expect(selectAll()).toBeChecked();
    expect(checkbox(REQUESTED)).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(
      screen.queryByText(
        '20 selected orders do not match this filter or search and were dropped from the selection.',
      ),
    ).toBeNull();
    expect(within(selectionBar()!).getByText('All 3 orders selected')).toBeVisible();
  });
});

describe('Deleted Orders: withdrawing a request', () => {
  it('asks first; "Keep request" keeps it', async () => {
    const { user } = await renderDeleted();
    const card = await orderCard(REQUESTED);
    const opener = within(card).getByRole('button', { name: 'Withdraw request' });
    await user.click(opener);

    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Withdraw request?' },
      { timeout: 3_000 },
    );
    expect(dialog).toHaveTextContent(
      `Kestrel Audio will no longer see your request to restore order ${REQUESTED}.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep request' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(
      within(card).getByText('Waiting 2 min · this seller usually answers within 45 min'),
    ).toBeVisible();
  });

  it('"Withdraw request" makes the order restorable again, with its original window', async () => {
    const { user } = await renderDeleted();
    const card = await orderCard(REQUESTED);
    await user.click(within(card).getByRole('button', { name: 'Withdraw request' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Withdraw request?' },
      { timeout: 3_000 },
    );
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw request' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The opener is gone (the order is no longer requested): focus goes to the page heading.
    expect(screen.getByRole('heading', { level: 1, name: 'Deleted Orders' })).toHaveFocus();
    const after = await orderCard(REQUESTED);
    expect(await within(after).findByRole('button', { name: 'Restore' })).toBeEnabled();
    expect(within(after).getByText('Cancelled')).toBeVisible();
    expect(within(after).getByText('Restore within 11:00')).toBeVisible();
    expect(within(after).queryByRole('button', { name: 'Withdraw request' })).toBeNull();
    expect(
      await within(filters()).findByRole('link', { name: filterLink('Requested', 2) }),
    ).toBeVisible();
    expect(
      within(filters()).getByRole('link', { name: filterLink('Restorable', 12) }),
    ).toBeVisible();
  });
});

describe('Deleted Orders: a long list', () => {
  it('is rendered whole while it is one page, and virtualised once a second page is in', async () => {
    resetMockBackend({ scenario: 'many-orders', now: NOW });
    const { user } = await renderDeleted();
    const list = () => screen.getByRole('list', { name: 'Cancelled orders' });
    await waitFor(() => expect(within(list()).getAllByRole('article')).toHaveLength(50));
    // Whole: no row says where it sits in a longer list.
    expect(list().querySelector('[aria-setsize]')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(list().querySelector('[aria-setsize="10000"]')).not.toBeNull(), {
      timeout: 5_000,
    });
    const rows = list().querySelectorAll(':scope > li');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows.length).toBeLessThanOrEqual(100);
  }, 30_000);

  it('shows placeholders while the buyer flings past, keeps the focused row whole, and fills them in after', async () => {
    resetMockBackend({ scenario: 'many-orders', now: NOW });
    // jsdom lays nothing out: every row measures as a card does, 300 px.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(300);
    const { user } = await renderDeleted();
    const list = () => screen.getByRole('list', { name: 'Cancelled orders' });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(list().querySelector('[aria-setsize="10000"]')).not.toBeNull(), {
      timeout: 5_000,
    });
    const first = list().querySelector<HTMLElement>(':scope > li[aria-posinset="1"]')!;
    const box = within(first).getByRole('checkbox');
    box.focus();

    // 120 px in a millisecond, twice: far too fast to read, near enough to keep row 1 in range.
    let at = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => at);
    for (const y of [120, 240]) {
      at += 1;
      Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
      act(() => {
        window.dispatchEvent(new Event('scroll'));
      });
    }
    await waitFor(() => expect(list().querySelector('li[aria-busy="true"]')).not.toBeNull());
    const rows = [...list().querySelectorAll(':scope > li')];
    const placeholders = rows.filter((row) => row.getAttribute('aria-busy') === 'true');
    expect(placeholders.length).toBe(rows.length - 1);
    expect(document.activeElement).toBe(box);
    expect(within(first).getByRole('article')).toBeInTheDocument();
    clock.mockRestore();

    // It slows down: every row is drawn again.
    await waitFor(() => expect(list().querySelector('li[aria-busy]')).toBeNull());
    expect(within(list()).getAllByRole('article').length).toBe(rows.length);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    vi.restoreAllMocks();
  }, 30_000);
});
