/**
 * The one handler list: the browser worker, Vitest (msw/node) and Playwright all use it.
 * REST under /api, JSON, every request checked against the contract's zod schemas, errors as
 * application/problem+json (product.md §6).
 */
import { mutationHandlers } from './mutations';
import { readHandlers } from './reads';

export const handlers = [...readHandlers, ...mutationHandlers];
