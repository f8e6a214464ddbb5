/**
 * The one handler list: the browser worker, Vitest (msw/node) and Playwright all use it.
 * REST under /api, JSON, every request checked against the contract's zod schemas, errors as
 * application/problem+json (product.md §6).
 */
import {
  delay,
  http,
  HttpResponse,
  type DefaultBodyType,
  type PathParams,
  type StrictRequest,
} from 'msw';
import type * as z from 'zod/mini';
import {
  countsQuerySchema,
  orderListQuerySchema,
  selectionQuerySchema,
  type Counts,
  type OrderList,
  type RestoreReasons,
  type Selection,
} from '../src/api/contract';
import { toOrderDto } from '../src/api/order-mapping';
import { isOrderId } from '../src/domain/ids';
import { MIXED_TEMPLATE, reasonsFor } from '../src/domain/reasons';
import { orderSaleEvents } from '../src/domain/sale-events';
import { toIso } from '../src/domain/time';
import { getBackend } from './backend';
import { decodeCursor, encodeCursor } from './cursor';
import type { MockDb } from './db';
import { problem, problemResponse } from './problem';

export const DEFAULT_PAGE_SIZE = 50;

type Context = {
  request: StrictRequest<DefaultBodyType>;
  params: PathParams;
  url: URL;
  db: MockDb;
  now: number;
};

/** Latency first, then the db as it is now (with other tabs' changes), then the handler. */
function route(handler: (context: Context) => Response | Promise<Response>) {
  return async ({
    request,
    params,
  }: {
    request: StrictRequest<DefaultBodyType>;
    params: PathParams;
  }) => {
    const backend = getBackend();
    const latency = backend.settings.latency;
    if (latency > 0) await delay(latency);
    const db = backend.db();
    return handler({ request, params, url: new URL(request.url), db, now: Date.now() });
  };
}

export function validationProblem(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  prefix = '',
) {
  const errors = issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
  const detail =
    errors.length === 1
      ? `${errors[0]!.path}: ${errors[0]!.message}`
      : `${errors.length} problems: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
  return problemResponse(problem(400, 'VALIDATION_FAILED', detail, errors));
}

function parseQuery<S extends z.ZodMiniType>(
  schema: S,
  url: URL,
): { ok: true; data: z.infer<S> } | { ok: false; response: Response } {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: validationProblem(parsed.error.issues) };
}

export function orderNotFound(id: string) {
  return problemResponse(problem(404, 'NOT_FOUND', `No order ${id} was found in your account.`));
}

export function invalidOrderId() {
  return problemResponse(
    problem(400, 'VALIDATION_FAILED', 'id: An order number is 16 digits.', [
      { path: 'id', message: 'An order number is 16 digits.' },
    ]),
  );
}

export const readHandlers = [
  http.get(
    '/api/orders',
    route(({ url, db, now }) => {
      const query = parseQuery(orderListQuerySchema, url);
      if (!query.ok) return query.response;
      const { view, tab, filter, q, limit, cursor } = query.data;
      const key = cursor === undefined ? undefined : decodeCursor(cursor);
      if (key === null) {
        return problemResponse(
          problem(400, 'VALIDATION_FAILED', 'cursor: This cursor was not given by this API.', [
            { path: 'cursor', message: 'This cursor was not given by this API.' },
          ]),
        );
      }
      const page = db.list(
        { view, tab, filter, q, cursor: key, limit: limit ?? DEFAULT_PAGE_SIZE },
        now,
      );
      return HttpResponse.json<OrderList>({
        orders: page.orders.map(toOrderDto),
        nextCursor: page.nextKey ? encodeCursor(page.nextKey) : null,
        total: page.total,
      });
    }),
  ),

  http.get(
    '/api/orders/counts',
    route(({ url, db, now }) => {
      const query = parseQuery(countsQuerySchema, url);
      if (!query.ok) return query.response;
      return HttpResponse.json<Counts>(db.counts(query.data.q, now));
    }),
  ),

  http.get(
    '/api/orders/selection',
    route(({ url, db, now }) => {
      const query = parseQuery(selectionQuerySchema, url);
      if (!query.ok) return query.response;
      return HttpResponse.json<Selection>({
        items: db.selection(query.data.filter ?? 'all', query.data.q, now),
      });
    }),
  ),

  http.get(
    '/api/orders/:id',
    route(({ params, db, now }) => {
      const id = String(params.id);
      if (!isOrderId(id)) return invalidOrderId();
      const order = db.get(id, now);
      if (!order) return orderNotFound(id);
      return HttpResponse.json(toOrderDto(order));
    }),
  ),

  http.get(
    '/api/restore-reasons',
    route(() =>
      HttpResponse.json<RestoreReasons>({
        unpaid: [...reasonsFor('unpaid')],
        paid: [...reasonsFor('paid')],
        mixedTemplate: MIXED_TEMPLATE,
      }),
    ),
  ),

  http.get(
    '/api/sale-events',
    route(({ db, now }) =>
      HttpResponse.json({
        events: orderSaleEvents(db.saleEvents, now).map((event) => ({
          id: event.id,
          name: event.name,
          startsAt: toIso(event.startsAt),
          endsAt: toIso(event.endsAt),
        })),
      }),
    ),
  ),
];

export const handlers = [...readHandlers];
