/**
 * The one handler list: the browser worker, Vitest (msw/node) and Playwright all use it.
 * REST under /api, JSON, every request checked against the contract's zod schemas, errors as
 * application/problem+json (product.md §6).
 */
import { http } from 'msw';
import { mutationHandlers } from './mutations';
import { problem, problemResponse } from './problem';
import { readHandlers } from './reads';

/** Anything else under /api is answered as a real server would: not found, as problem+json. */
const unknownEndpoint = http.all('/api/*', ({ request }) =>
  problemResponse(
    problem(
      404,
      'NOT_FOUND',
      `There is no ${request.method} ${new URL(request.url).pathname} in this API.`,
    ),
  ),
);

export const handlers = [...readHandlers, ...mutationHandlers, unknownEndpoint];
