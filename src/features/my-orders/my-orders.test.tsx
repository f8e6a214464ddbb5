import { act, screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededOrder as seeded } from '../../../mocks/seed-table';
import { getBackend } from '../../../mocks/backend';
import { handlers } from '../../../mocks/handlers';
import { resetMockBackend, server } from '../../../mocks/node';
import { orders } from '../../../mocks/qa';
import { ORDERS_CHANGED_EVENT } from '../../api/cross-tab';
import { problemSentence } from '../../i18n/words/problem-words';
import { renderRoute } from '../../test/render';

/** A fixed clock (Date only: Testing Library and user-event keep real timers). */
const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);

const UNPAID_TWO_ITEMS = seeded('Unpaid, two items');
const SHIPPED = seeded('Shipped');
const PAID = seeded('Paid, awaiting shipment');
const CANCELLED_WINDOW_OPEN = seeded('Cancelled by you, window open (12 minutes left)');

/** Promises a test holds open (a delayed answer); all released after each test. */
const held: Array<() => void> = [];
function hold(): { released: Promise<void>; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  held.push(release);
  return { released, release };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  resetMockBackend({ now: NOW });
});

afterEach(() => {
  for (const release of held.splice(0)) release();
  vi.useRealTimers();
});

function refusal(detail: string) {
  return HttpResponse.json(
    {
      type: 'https://order-restore.example/problems/invalid-transition',
      title: 'Not possible for this order now',
      status: 409,
      detail,
      code: 'INVALID_TRANSITION',
    },
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * A tab's accessible name: its label, then its count ("Unpaid 3"). jsdom's name computation drops
 * the space before the count's <span>, so the space is optional here.
 */
const tab = (label: string, count: number) => new RegExp(`^${label}\\s?${count}$`);

const orderCard = (id: string) =>
  screen.findByRole('article', { name: `Order ${id}` }, { timeout: 3_000 });
const statusTabs = () => screen.getByRole('navigation', { name: 'Order status' });

/** The orders listed now, by number. */
function listedIds(): string[] {
  return screen
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 2 }).textContent)
    .map((name) => /^Order (\d{16})$/.exec(name)?.[1] ?? name);
}

/**
 * Lets a test hold every read (`GET /api/...`) from a given moment, so that after a refused change
 * what the page shows is the rolled-back cache, not a refetch that happens to agree with it.
 * The hook's own error callbacks run once the refetch has settled, so the reason shows after
 * `release()`.
 */
function readsCanBeHeld() {
  let gate: Promise<void> | null = null;
  server.use(
    http.get('/api/*', async () => {
      if (gate) await gate;
      return undefined; // on to the mock's own handler
    }),
  );
  return {
    hold: () => {
      const reads = hold();
      gate = reads.released;
      return reads.release;
    },
  };
}

describe('My Orders: list, tabs and search', () => {
  it('shows each order as an article named by its number, with its status', async () => {
    renderRoute('/orders');
    expect(await screen.findByRole('heading', { level: 1, name: 'My Orders' })).toBeVisible();
    const card = await orderCard(UNPAID_TWO_ITEMS);
    expect(within(card).getByText('Unpaid')).toBeVisible();
    expect(within(card).getByText('Cast-iron teapot, 0.8 l')).toBeVisible();
    expect(within(card).getByText('Canvas roll-top backpack')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Pay now' })).toBeEnabled();
    expect(within(card).getByRole('button', { name: 'Cancel order' })).toBeEnabled();
    expect(within(card).getByRole('link', { name: 'View details' })).toHaveAttribute(
      'href',
      `/orders/${UNPAID_TWO_ITEMS}`,
    );
    // Cancelled orders live in Deleted Orders, not here.
    // The first screen of rows paints first; the rest follow in a background render.
    await waitFor(() => expect(listedIds()).toHaveLength(20));
    expect(listedIds()).not.toContain(CANCELLED_WINDOW_OPEN);
  });

  it('shows a tab per status with its count, the current one marked', async () => {
    renderRoute('/orders');
    await screen.findAllByRole('article');
    const tabs = statusTabs();
    for (const [label, count] of [
      ['All', 20],
      ['Unpaid', 3],
      ['Paid', 4],
      ['Shipped', 2],
      ['Refunding', 1],
      ['Finished', 10],
    ] as const) {
      expect(await within(tabs).findByRole('link', { name: tab(label, count) })).toBeVisible();
    }
    expect(within(tabs).getByRole('link', { name: tab('All', 20) })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(tabs).getByRole('link', { name: tab('Unpaid', 3) })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('switches tabs through the URL and lists only that status', async () => {
    const { user, router } = renderRoute('/orders');
    await screen.findAllByRole('article');
    await user.click(await within(statusTabs()).findByRole('link', { name: tab('Shipped', 2) }));

    expect(router.state.location.search).toBe('?tab=shipped');
    await waitFor(() => expect(listedIds()).toHaveLength(2));
    expect(document.title).toBe('My Orders: Shipped · Order Restore');
    for (const article of screen.getAllByRole('article')) {
      expect(within(article).getByText('Shipped')).toBeVisible();
    }
    expect(within(statusTabs()).getByRole('link', { name: tab('Shipped', 2) })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(statusTabs()).getByRole('link', { name: tab('All', 20) })).not.toHaveAttribute(
      'aria-current',
    );

    await user.click(within(statusTabs()).getByRole('link', { name: tab('All', 20) }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(listedIds()).toHaveLength(20));
    expect(document.title).toBe('My Orders · Order Restore');
  });

  it('opens on the tab named in the URL', async () => {
    renderRoute('/orders?tab=unpaid');
    await waitFor(() => expect(listedIds()).toHaveLength(3));
    expect(listedIds()).toContain(UNPAID_TWO_ITEMS);
    expect(
      await within(statusTabs()).findByRole('link', { name: tab('Unpaid', 3) }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('finds an order by its number', async () => {
    const { user, router } = renderRoute('/orders');
    await screen.findAllByRole('article');
    await user.type(screen.getByRole('searchbox', { name: 'Search orders' }), UNPAID_TWO_ITEMS);

    await waitFor(() => expect(listedIds()).toEqual([UNPAID_TWO_ITEMS]));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(UNPAID_TWO_ITEMS);
    expect(await within(statusTabs()).findByRole('link', { name: tab('All', 1) })).toBeVisible();
  });

  it('reads a search from the address decoded once: "%3C" stays "%3C"', async () => {
    renderRoute('/orders?q=%253Cb%253E');
    expect(await screen.findByRole('searchbox', { name: 'Search orders' })).toHaveValue('%3Cb%3E');
  });

  it('finds orders by their store', async () => {
    const { user } = renderRoute('/orders');
    await screen.findAllByRole('article');
    await user.type(
      screen.getByRole('searchbox', { name: 'Search orders' }),
      'Kestrel Audio{Enter}',
    );

    await waitFor(() => expect(listedIds().length).toBeLessThan(20));
    const articles = screen.getAllByRole('article');
    expect(articles.length).toBeGreaterThan(1);
    for (const article of articles) {
      expect(within(article).getByText('Kestrel Audio')).toBeVisible();
    }
    expect(screen.getByText(/orders matching “Kestrel Audio”/)).toBeVisible();
  });

  it('says when nothing matches a search, and clears it', async () => {
    const { user, router } = renderRoute('/orders');
    await screen.findAllByRole('article');
    const search = screen.getByRole('searchbox', { name: 'Search orders' });
    await user.type(search, 'no such thing{Enter}');

    expect(await screen.findByText('No orders match “no such thing”.')).toBeVisible();
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(listedIds()).toHaveLength(20));
    expect(search).toHaveValue('');
    expect(router.state.location.search).toBe('');
  });
});

describe('My Orders: actions', () => {
  it('pays an unpaid order: it becomes Paid and the counts follow', async () => {
    const { user } = renderRoute('/orders');
    const card = await orderCard(UNPAID_TWO_ITEMS);
    await user.click(within(card).getByRole('button', { name: 'Pay now' }));

    expect(await within(card).findByText('Paid')).toBeVisible();
    expect(within(card).queryByText('Unpaid')).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Pay/ })).not.toBeInTheDocument();
    expect(within(card).getByText('The seller ships by Dec 1, 2026')).toBeVisible();
    expect(await within(statusTabs()).findByRole('link', { name: tab('Unpaid', 2) })).toBeVisible();
    expect(within(statusTabs()).getByRole('link', { name: tab('Paid', 5) })).toBeVisible();
  });

  it('confirms receipt: the order leaves the Shipped tab and is Finished', async () => {
    const { user } = renderRoute('/orders?tab=shipped');
    const card = await orderCard(SHIPPED);
    await user.click(within(card).getByRole('button', { name: 'Confirm receipt' }));

    await waitFor(() => expect(listedIds()).not.toContain(SHIPPED));
    expect(listedIds()).toHaveLength(1);
    expect(
      await within(statusTabs()).findByRole('link', { name: tab('Shipped', 1) }),
    ).toBeVisible();

    await user.click(within(statusTabs()).getByRole('link', { name: tab('Finished', 11) }));
    const finished = await orderCard(SHIPPED);
    expect(within(finished).getByText('Finished')).toBeVisible();
    expect(within(finished).queryByRole('button', { name: 'Confirm receipt' })).toBeNull();
  });

  it('cancels an order with a chosen reason: it leaves My Orders for Deleted Orders', async () => {
    const { user } = renderRoute('/orders');
    const card = await orderCard(PAID);
    await user.click(within(card).getByRole('button', { name: 'Cancel order' }));

    const dialog = await screen.findByRole('dialog', { name: 'Cancel order' }, { timeout: 3_000 });
    expect(within(dialog).getByText(/will be refunded by/)).toBeVisible();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), [
      'I found a better price elsewhere',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(listedIds()).not.toContain(PAID);
    // The opener left with its order: focus goes to the page heading.
    expect(screen.getByRole('heading', { level: 1, name: 'My Orders' })).toHaveFocus();
    expect(await within(statusTabs()).findByRole('link', { name: tab('All', 19) })).toBeVisible();
    expect(within(statusTabs()).getByRole('link', { name: tab('Paid', 3) })).toBeVisible();

    await user.click(screen.getByRole('link', { name: /^Deleted Orders/ }));
    const deleted = await orderCard(PAID);
    expect(within(deleted).getByText('You cancelled this order')).toBeVisible();
    expect(within(deleted).getByText(/I found a better price elsewhere/)).toBeVisible();
  });

  it('asks for a reason before cancelling, and "Other" needs a few words', async () => {
    const { user } = renderRoute('/orders');
    const card = await orderCard(UNPAID_TWO_ITEMS);
    await user.click(within(card).getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel order' }, { timeout: 3_000 });
    const reason = within(dialog).getByRole('combobox', { name: 'Reason' });

    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await within(dialog).findByText('Choose a reason.')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Choose a reason.');

    expect(within(dialog).queryByRole('textbox', { name: 'Tell us why' })).toBeNull();
    await user.selectOptions(reason, ['Other']);
    const why = await within(dialog).findByRole('textbox', { name: 'Tell us why' });
    await user.type(why, 'ab');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(await within(dialog).findByText('Write at least 3 characters.')).toBeVisible();
    expect(why).toHaveAccessibleDescription('Write at least 3 characters.');

    // Nothing was sent: the order is still here, unpaid.
    expect(within(card).getByText('Unpaid')).toBeVisible();

    await user.type(why, 'c');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(listedIds()).not.toContain(UNPAID_TWO_ITEMS));
  });

  it('keeps the order when the buyer chooses "Keep order"', async () => {
    const { user } = renderRoute('/orders');
    const card = await orderCard(UNPAID_TWO_ITEMS);
    const opener = within(card).getByRole('button', { name: 'Cancel order' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Cancel order' }, { timeout: 3_000 });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), [
      'I ordered by mistake',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Keep order' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(within(card).getByText('Unpaid')).toBeVisible();
    expect(within(statusTabs()).getByRole('link', { name: tab('All', 20) })).toBeVisible();
  });
});

describe('My Orders: refused changes are rolled back with the reason', () => {
  it('rolls back "Pay now" and shows why', async () => {
    const answer = hold();
    server.use(
      http.post('/api/orders/:id/pay', async () => {
        await answer.released;
        return refusal('The pay-by deadline has passed, so this order can no longer be paid.');
      }),
    );
    const reads = readsCanBeHeld();
    const { user } = renderRoute('/orders');
    const card = await orderCard(UNPAID_TWO_ITEMS);
    await user.click(within(card).getByRole('button', { name: 'Pay now' }));

    // Shown as paid at once…
    expect(await within(card).findByText('Paid')).toBeVisible();
    expect(within(card).queryByRole('button', { name: 'Pay now' })).toBeNull();
    const releaseReads = reads.hold();
    answer.release();

    // …and back to unpaid when the server refuses, before anything is read again…
    expect(await within(card).findByText('Unpaid')).toBeVisible();
    releaseReads();

    // …with the server's reason.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `Order ${UNPAID_TWO_ITEMS} was not paid: ${problemSentence('INVALID_TRANSITION')}`,
    );
    expect(within(card).getByText('Unpaid')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Pay now' })).toBeEnabled();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('rolls back "Confirm receipt" and shows why', async () => {
    const answer = hold();
    server.use(
      http.post('/api/orders/:id/confirm-receipt', async () => {
        await answer.released;
        return refusal('This order has already been completed.');
      }),
    );
    const reads = readsCanBeHeld();
    const { user } = renderRoute('/orders');
    const card = await orderCard(SHIPPED);
    await user.click(within(card).getByRole('button', { name: 'Confirm receipt' }));

    expect(await within(card).findByText('Finished')).toBeVisible();
    const releaseReads = reads.hold();
    answer.release();

    expect(await within(card).findByText('Shipped')).toBeVisible();
    releaseReads();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `Receipt of order ${SHIPPED} was not confirmed: ${problemSentence('INVALID_TRANSITION')}`,
    );
    expect(within(card).getByText('Shipped')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Confirm receipt' })).toBeEnabled();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('rolls back "Cancel order" and shows why in the dialog', async () => {
    const answer = hold();
    server.use(
      http.post('/api/orders/:id/cancel', async () => {
        await answer.released;
        return refusal('The seller has already shipped this order.');
      }),
    );
    const reads = readsCanBeHeld();
    const { user } = renderRoute('/orders');
    await user.click(within(await orderCard(PAID)).getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel order' }, { timeout: 3_000 });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), [
      'The delivery takes too long',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));

    // The order leaves the list at once…
    await waitFor(() => expect(listedIds()).not.toContain(PAID));
    expect(within(dialog).getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
    const releaseReads = reads.hold();
    answer.release();

    // …and comes back when the server refuses, before anything is read again…
    const card = await orderCard(PAID);
    expect(within(card).getByText('Paid')).toBeVisible();
    releaseReads();

    // …with the reason in the dialog, which stays open with the choice kept.
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      `The order was not cancelled: ${problemSentence('INVALID_TRANSITION')}`,
    );
    expect(listedIds()).toContain(PAID);
    expect(within(dialog).getByRole('button', { name: 'Cancel order' })).toBeEnabled();
    expect(within(dialog).getByRole('combobox', { name: 'Reason' })).toHaveValue(
      'The delivery takes too long',
    );
  });
});

describe('My Orders: changes made elsewhere', () => {
  it('shows orders that arrived while the list was still loading for the first time', async () => {
    resetMockBackend({ scenario: 'empty', now: NOW });
    // The first list is answered ("no orders") but its answer is still on its way…
    const answered = hold();
    let first = true;
    server.use(
      http.get('/api/orders', async ({ request }) => {
        if (!first) return undefined;
        first = false;
        const answer = await getResponse(handlers, request);
        await answered.released;
        return answer;
      }),
    );
    renderRoute('/orders');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading your orders…');
    // …when another tab adds an order.
    await getBackend().put(orders.unpaid());
    window.dispatchEvent(new Event(ORDERS_CHANGED_EVENT));
    answered.release();
    expect(await screen.findAllByRole('article')).toHaveLength(1);
  });
});

describe('My Orders: loading errors', () => {
  it('keeps showing the orders when a refresh fails, and says so', async () => {
    const { user, queryClient } = renderRoute('/orders');
    await waitFor(() => expect(listedIds()).toHaveLength(20));
    server.use(http.get('/api/orders', () => HttpResponse.error()));
    await act(() => queryClient.invalidateQueries());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "Your orders could not be refreshed, so this may not be up to date. Can't reach the server.",
    );
    expect(listedIds()).toHaveLength(20);
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(listedIds()).toHaveLength(20);
  });

  it('offers "Try again" when the orders cannot be loaded', async () => {
    let calls = 0;
    server.use(
      http.get('/api/orders', () => {
        calls += 1;
        return HttpResponse.error();
      }),
    );
    const { user } = renderRoute('/orders');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "Your orders could not be loaded. Can't reach the server. Try again in a moment.",
    );
    expect(calls).toBeGreaterThan(1); // reads are retried before giving up
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(listedIds()).toHaveLength(20));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
