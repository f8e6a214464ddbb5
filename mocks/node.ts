import { setupServer } from 'msw/node';
import { getBackend, useStore } from './backend';
import { handlers } from './handlers';
import type { ScenarioName } from './scenarios';
import { createMemoryStore } from './storage';

/** The same handlers for Vitest. */
export const server = setupServer(...handlers);

export const memoryStore = createMemoryStore();
useStore(memoryStore);

/** A fresh, seeded db with no latency: call before (or after) each test. */
export function resetMockBackend(
  options: { scenario?: ScenarioName; seed?: number; now?: number; latency?: number } = {},
) {
  getBackend().reset(
    {
      scenario: options.scenario ?? 'default',
      seed: options.seed ?? 1,
      latency: options.latency ?? 0,
    },
    options.now ?? Date.now(),
  );
}
