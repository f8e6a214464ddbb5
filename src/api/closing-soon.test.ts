import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetMockBackend, server } from '../../mocks/node';
import { HOUR } from '../domain/time';
import { CLOSING_LOOKAHEAD_MS, fetchClosingOrders } from './closing-soon';
import { fetchSelection } from './get-orders';

const NOW = Date.UTC(2026, 11, 1, 12);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

/** What the selection of every restorable order says closes by `until`, soonest first. */
async function closingBy(until: number) {
  const selection = await fetchSelection({ filter: 'restorable' });
  return selection.items
    .filter((item) => item.restorable && item.restoreBy !== null)
    .map((item) => ({ id: item.id, restoreBy: Date.parse(item.restoreBy!) }))
    .filter((item) => item.restoreBy <= until)
    .sort((a, b) => a.restoreBy - b.restoreBy || (a.id < b.id ? -1 : 1));
}

describe('fetchClosingOrders', () => {
  it('finds every restorable order closing within the look-ahead, across pages', async () => {
    resetMockBackend({ scenario: 'many-orders', now: NOW });
    // Six hours on, the first of the sale's 24-hour windows are closing.
    const later = NOW + 6 * HOUR;
    vi.setSystemTime(later);
    // Pages of 4, so that the orders closing within the look-ahead take several.
    const closing = await fetchClosingOrders(later, undefined, 4);
    expect(closing.coveredUntil).toBe(later + CLOSING_LOOKAHEAD_MS);
    const expected = await closingBy(closing.coveredUntil);
    expect(expected.length).toBeGreaterThan(8);
    expect(closing.items).toEqual(expected);
  });

  it('stops reading at the first order closing after the look-ahead', async () => {
    resetMockBackend({ scenario: 'many-orders', now: NOW });
    const later = NOW + 6 * HOUR;
    vi.setSystemTime(later);
    const pages: string[] = [];
    const count = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/orders') pages.push(url.search);
    };
    server.events.on('request:start', count);
    try {
      const closing = await fetchClosingOrders(later, undefined, 4);
      // Each page holds 4; the last page read is the one that reached past the look-ahead.
      expect(pages).toHaveLength(Math.floor(closing.items.length / 4) + 1);
    } finally {
      server.events.removeListener('request:start', count);
    }
  });
});
