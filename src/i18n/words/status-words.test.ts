/** The statuses, tabs and filters in English: part of the QA contract, word for word. */
import { describe, expect, it } from 'vitest';
import { ACTIVE_TABS, DELETED_FILTERS } from '../../domain/placement';
import { ORDER_STATUSES } from '../../domain/status';
import { filterLabel, statusLabel, tabLabel } from './status-words';

describe('status, tab and filter labels', () => {
  it('labels every status as buyers see it (product.md §2)', () => {
    expect(
      Object.fromEntries(ORDER_STATUSES.map((status) => [status, statusLabel(status)])),
    ).toEqual({
      unpaid: 'Unpaid',
      paid: 'Paid',
      shipped: 'Shipped',
      finished: 'Finished',
      cancelled: 'Cancelled',
      restoration_requested: 'Restoration requested',
      refunding: 'Refunding',
    });
  });

  it('labels tabs and filters as buyers see them', () => {
    expect(ACTIVE_TABS.map(tabLabel)).toEqual([
      'All',
      'Unpaid',
      'Paid',
      'Shipped',
      'Refunding',
      'Finished',
    ]);
    expect(DELETED_FILTERS.map(filterLabel)).toEqual(['All', 'Restorable', 'Requested', 'Closed']);
  });
});
