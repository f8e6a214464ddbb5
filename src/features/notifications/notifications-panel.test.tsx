import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetMockBackend } from '../../../mocks/node';
import { renderRoute } from '../../test/render';

const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  resetMockBackend({ now: NOW });
});
afterEach(() => vi.useRealTimers());

const bell = () => screen.findByRole('button', { name: /^Notifications/ }, { timeout: 3_000 });

describe('the Notifications panel', () => {
  it('names the unread count, lists newest first with links, and marks all as read', async () => {
    const { user } = renderRoute('/orders');
    await waitFor(async () =>
      expect(await bell()).toHaveAccessibleName(/^Notifications, \d+ unread$/),
    );
    const unread = Number(/(\d+) unread/.exec((await bell()).getAttribute('aria-label')!)![1]);
    expect(unread).toBeGreaterThan(0);

    await user.click(await bell());
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(unread);
    // Newest first: each entry's time is no later than the one above it.
    const times = items.map((item) =>
      Date.parse(within(item).getByRole('time').getAttribute('datetime')!),
    );
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Each entry links to its order.
    for (const item of items) {
      expect(within(item).getByRole('link')).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/orders\/\d{16}$/),
      );
    }
    expect(within(panel).getAllByText('Unread')).toHaveLength(unread);

    await user.click(within(panel).getByRole('button', { name: 'Mark all as read' }));
    await waitFor(async () => expect(await bell()).toHaveAccessibleName('Notifications'));
    await waitFor(() => expect(within(panel).queryAllByText('Unread')).toHaveLength(0));
    expect(within(panel).getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
  });

  it('opening one marks it read and goes to its order', async () => {
    const { user, router } = renderRoute('/orders');
    await waitFor(async () => expect(await bell()).toHaveAccessibleName(/unread/));
    const before = Number(/(\d+) unread/.exec((await bell()).getAttribute('aria-label')!)![1]);
    await user.click(await bell());
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    const first = (await within(panel).findAllByRole('listitem'))[0]!;
    const link = within(first).getByRole('link');
    const href = link.getAttribute('href')!;
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(href));
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument();
    await waitFor(async () =>
      expect(await bell()).toHaveAccessibleName(
        before > 1 ? `Notifications, ${before - 1} unread` : 'Notifications',
      ),
    );
  });
});
