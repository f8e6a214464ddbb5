import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetMockBackend } from '../../mocks/node';
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

  it('agrees with the selection on the default data', async () => {
    resetMockBackend({ now: NOW });
    const closing = await fetchClosingOrders(NOW);
    expect(closing.items).toEqual(await closingBy(NOW + CLOSING_LOOKAHEAD_MS));
  });
});
