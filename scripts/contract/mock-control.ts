/**
 * The mock's QA control over HTTP (`npm run api`, mocks/qa-handlers.ts), as the contract CLI and
 * the load script use it: a backend that answers `POST /__mock/reset` is the mock, and can be
 * reset, told to fail and asked for its journal. Any other backend is checked as it is.
 */
import type { FaultRequest } from './contract-check';

export type MockSwitches = { scenario: string; seed: number; latency: number };

export type MockControl = {
  readonly reset: () => Promise<void>;
  readonly fail: (spec: FaultRequest) => Promise<void>;
  /** The changes the mock recorded, oldest first (each with its Idempotency-Key). */
  readonly journal: () => Promise<ReadonlyArray<{ key: string }>>;
};

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) {
    throw new Error(
      `${what} answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
    );
  }
  return response;
}

/** The mock's control when `baseUrl` is the mock (it answers a reset), else null. */
export async function mockControl(
  baseUrl: string,
  switches: MockSwitches,
): Promise<MockControl | null> {
  const query = new URLSearchParams({
    scenario: switches.scenario,
    seed: String(switches.seed),
    latency: String(switches.latency),
  });
  const resetUrl = new URL(`/__mock/reset?${query}`, baseUrl).toString();
  const reset = async () => {
    await expectOk(await fetch(resetUrl, { method: 'POST' }), 'POST /__mock/reset');
  };
  const probe = await fetch(resetUrl, { method: 'POST' });
  await probe.body?.cancel();
  if (!probe.ok) return null;
  return {
    reset,
    fail: async (spec) => {
      const response = await fetch(new URL('/__mock/faults', baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(spec),
      });
      await (await expectOk(response, 'POST /__mock/faults')).body?.cancel();
    },
    journal: async () => {
      const response = await fetch(new URL('/__mock/journal', baseUrl));
      const body = (await (await expectOk(response, 'GET /__mock/journal')).json()) as {
        journal: Array<{ key: string }>;
      };
      return body.journal;
    },
  };
}
