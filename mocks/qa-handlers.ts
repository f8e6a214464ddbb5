/**
 * QA's control of `npm run api` over HTTP, under `/__mock/` (not part of the buyer's contract, and
 * never in the browser's handler list): the start-up switches as a reset, faults, built orders and
 * what the backend received and recorded. The same calls as the browser bridge (mocks/qa-control.ts).
 */
import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { getBackend, type MockBackend } from './backend';
import { faultSchema } from './control';
import { validationProblem } from './http';
import { orderSpecSchema } from './order-builder';
import { qaControl } from './qa-control';
import { SLOW_LATENCY_MS, type ScenarioName } from './scenarios';
import { readSwitches } from './switches';

/**
 * The server answers at once unless asked otherwise (the browser's 300 ms imitate a network the
 * server already has); `slow` keeps its 2 s, which is what that scenario is for.
 */
export function serverLatency(scenario: ScenarioName): number {
  return scenario === 'slow' ? SLOW_LATENCY_MS : 0;
}

function stateOf(backend: MockBackend) {
  const { scenario, seed, resetAt, latency } = backend.settings;
  return { scenario, seed, resetAt, latency, journalLength: backend.journal.length };
}

const putBodySchema = z.object({
  spec: orderSpecSchema,
  count: z.optional(z.int().check(z.gte(1), z.lte(20_000))),
});

/** The request's JSON body, or the 400 answer for a body that is not JSON. */
async function jsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false };
  }
}

const notJson = () => validationProblem([{ path: [], message: 'The body is not JSON.' }]);

const control = qaControl(getBackend);

export const qaHandlers = [
  /** `?scenario=&seed=&latency=`, as the browser's `?reset=1&…`: unnamed switches keep their value. */
  http.post('/__mock/reset', ({ request }) => {
    const params = new URL(request.url).searchParams;
    const switches = readSwitches(params);
    const refused = (['scenario', 'seed', 'latency'] as const)
      .filter((name) => params.has(name) && switches[name] === undefined)
      .map((name) => ({ path: [name], message: `${name} is not valid: ${params.get(name)}` }));
    if (refused.length > 0) return validationProblem(refused);
    const backend = getBackend();
    const scenario = switches.scenario ?? backend.settings.scenario;
    backend.reset(
      {
        scenario,
        seed: switches.seed ?? backend.settings.seed,
        latency: switches.latency ?? serverLatency(scenario),
      },
      Date.now(),
    );
    return HttpResponse.json(stateOf(backend));
  }),
  http.get('/__mock/state', () => HttpResponse.json(stateOf(getBackend()))),
  http.post('/__mock/faults', async ({ request }) => {
    const read = await jsonBody(request);
    if (!read.ok) return notJson();
    const parsed = faultSchema.safeParse(read.body);
    if (!parsed.success) return validationProblem(parsed.error.issues);
    return HttpResponse.json(control.fail(parsed.data));
  }),
  http.delete('/__mock/faults', () => {
    control.clearFaults();
    return new HttpResponse(null, { status: 204 });
  }),
  /** `{ spec, count }`: orders built by mocks/order-builder.ts, answered with their numbers. */
  http.post('/__mock/put', async ({ request }) => {
    const read = await jsonBody(request);
    if (!read.ok) return notJson();
    const parsed = putBodySchema.safeParse(read.body);
    if (!parsed.success) return validationProblem(parsed.error.issues);
    const ids = await control.put(parsed.data.spec, parsed.data.count);
    return HttpResponse.json({ ids });
  }),
  /** `?route=POST /api/restore-requests` narrows it as a fault's route does. */
  http.get('/__mock/requests', ({ request }) => {
    const route = new URL(request.url).searchParams.get('route') ?? undefined;
    return HttpResponse.json({ requests: control.requests(route) });
  }),
  http.get('/__mock/journal', () => HttpResponse.json({ journal: control.journal() })),
];
