import { describe, expect, it } from 'vitest';
import { SWITCH_NAMES } from '../../mocks/switches';
import { loadSnapshot, saveSnapshot } from '../api/list-snapshot';
import { MOCK_SWITCHES, takeMockSwitches } from './boot';

describe('takeMockSwitches', () => {
  it('knows the same switches as the mock', () => {
    expect([...MOCK_SWITCHES].sort()).toEqual([...SWITCH_NAMES].sort());
  });

  it('removes the switches from the address, keeps the rest, and forgets what the last visit saw', () => {
    window.history.replaceState(
      null,
      '',
      '/orders/deleted?filter=closed&scenario=big-sale&seed=3&reset=1&latency=0#top',
    );
    saveSnapshot('some list', { orders: [], nextCursor: null, total: 0 }, 1);
    const search = takeMockSwitches(window.location, window.history);
    expect(search).toBe('?filter=closed&scenario=big-sale&seed=3&reset=1&latency=0');
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/orders/deleted?filter=closed#top',
    );
    expect(loadSnapshot('some list')).toBeUndefined();
  });

  it('leaves an address without switches alone', () => {
    window.history.replaceState(null, '', '/orders?tab=paid');
    saveSnapshot('kept', { orders: [], nextCursor: null, total: 0 }, 1);
    expect(takeMockSwitches(window.location, window.history)).toBe('?tab=paid');
    expect(window.location.search).toBe('?tab=paid');
    expect(loadSnapshot('kept')).toBeDefined();
  });
});
