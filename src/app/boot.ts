import { clearSnapshots } from '../api/list-snapshot';

/** The mock's start-up switches (mocks/switches.ts; a test keeps the two lists equal). */
export const MOCK_SWITCHES = ['scenario', 'seed', 'reset', 'latency'] as const;

/**
 * Takes the mock's switches out of the address before the router reads it (so no link carries
 * them on, and a reload does not reset the data again) and returns the search they came in.
 */
export function takeMockSwitches(location: Location, history: History): string {
  const url = new URL(location.href);
  const search = url.search;
  if (MOCK_SWITCHES.some((name) => url.searchParams.has(name))) {
    // New data may be on its way: what the last visit saw is no longer worth showing.
    clearSnapshots();
    for (const name of MOCK_SWITCHES) url.searchParams.delete(name);
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return search;
}
