/**
 * The conformance suite of `npm run contract` (scripts/contract/), run against the in-process
 * handlers: the checks the HTTP server must pass are the ones the mock passes here, so the two
 * cannot drift apart. One `it` per check.
 */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CONTRACT_CHECKS } from '../scripts/contract/checks';
import { runCheck, type ContractOptions } from '../scripts/contract/contract-check';
import { getBackend } from './backend';
import { handlers } from './handlers';
import { resetMockBackend } from './node';
import { seededOrder } from './seed-table';

/** The handlers' relative `/api` paths match against the page's own origin. */
const BASE_URL = location.origin;

/** `fetch` answered by the handlers themselves; a lost answer is a network error, as in a browser. */
async function handlersFetch(input: string, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`No handler answers ${request.method} ${request.url}`);
  if (response.type === 'error') throw new TypeError('Failed to fetch');
  return response;
}

const options: ContractOptions = {
  baseUrl: BASE_URL,
  fetch: handlersFetch,
  reset: () => {
    resetMockBackend();
    return Promise.resolve();
  },
  faults: (spec) => {
    const backend = getBackend();
    backend.control.addFault(spec, backend.settings.resetAt);
    return Promise.resolve();
  },
  otherOrderId: seededOrder('Another buyer: cancelled (never visible)'),
};

function checkNamed(start: string) {
  const check = CONTRACT_CHECKS.find((candidate) => candidate.name.startsWith(start));
  if (!check) throw new Error(`No check starts with "${start}"`);
  return check;
}

/** Backends that break one rule each, by rewriting the handlers' requests or answers. */
const BROKEN: Array<{
  breaks: string;
  check: string;
  says: RegExp;
  fetch: ContractOptions['fetch'];
}> = [
  {
    breaks: 'a backend that ignores Idempotency-Key (every request gets a key of its own)',
    check: 'the same key and body',
    says: /not the first answer/,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      if (headers.has('Idempotency-Key')) headers.set('Idempotency-Key', crypto.randomUUID());
      return handlersFetch(input, { ...init, headers });
    },
  },
  {
    breaks: 'a backend that answers errors as plain JSON',
    check: 'an unknown order',
    says: /not application\/problem\+json/,
    fetch: async (input, init) => {
      const answer = await handlersFetch(input, init);
      if (answer.status < 400) return answer;
      return Response.json(await answer.json(), { status: answer.status });
    },
  },
  {
    breaks: 'a backend whose lists leave out `total`',
    check: 'GET /api/orders answers',
    says: /does not match its schema \(total:/,
    fetch: async (input, init) => {
      const answer = await handlersFetch(input, init);
      if (!new URL(input).pathname.endsWith('/api/orders') || answer.status !== 200) return answer;
      const list = (await answer.json()) as Record<string, unknown>;
      delete list.total;
      return Response.json(list);
    },
  },
];

describe('the contract suite notices a backend that breaks the contract', () => {
  it.each(BROKEN)('$breaks', async ({ check, says, fetch }) => {
    const result = await runCheck(checkNamed(check), { ...options, fetch });
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(says);
  });
});

describe('the contract suite against the in-process handlers', () => {
  for (const check of CONTRACT_CHECKS) {
    it(check.name, async () => {
      const result = await runCheck(check, options);
      expect(result.skipped, result.detail).toBeUndefined();
      expect(result.ok, result.detail).toBe(true);
    });
  }
});
