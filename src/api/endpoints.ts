/**
 * Every endpoint of the contract, once: its path, its schemas and the problems it can answer. The
 * mock's handlers take their paths and schemas from here, the OpenAPI document is built from it
 * (`openapi.ts`) and the conformance suite walks it, so none of them can list an endpoint the
 * others do not know.
 *
 * Not for the app's own code: the app calls its endpoints by path (`client.ts`) and keeps this
 * table, with every schema it names, out of its first load.
 */
import * as z from 'zod/mini';
import {
  cancelBodySchema,
  countsQuerySchema,
  countsSchema,
  emptyBodySchema,
  markAllReadBodySchema,
  markReadBodySchema,
  notificationListQuerySchema,
  notificationPageSchema,
  orderIdSchema,
  orderListQuerySchema,
  orderListSchema,
  orderSchema,
  restoreRequestBodySchema,
  restoreResultsSchema,
  saleEventsSchema,
  selectionQuerySchema,
  selectionSchema,
  unreadCountSchema,
  type ProblemCode,
} from './contract';
import { REFUSAL_CODES } from '../domain/restore-rules';

export type Endpoint = {
  readonly operationId: string;
  readonly method: 'get' | 'post' | 'delete';
  /** OpenAPI form: `/api/orders/{id}`; `mswPath` gives the `:id` form. */
  readonly path: string;
  readonly summary: string;
  /** The path parameters (`{id}`) as an object schema. */
  readonly params?: z.ZodMiniType;
  /** The query parameters as an object schema; every value arrives as a string. */
  readonly query?: z.ZodMiniType;
  /** The request body (changes); an endpoint whose body accepts `{}` may be sent without one. */
  readonly body?: z.ZodMiniType;
  /** The 200 answer. */
  readonly answer: z.ZodMiniType;
  /** Every problem+json answer it can give, by status. */
  readonly problems: readonly { readonly status: number; readonly codes: readonly ProblemCode[] }[];
  /** A change: needs an `Idempotency-Key` header. */
  readonly idempotent: boolean;
};

type Spec = Omit<Endpoint, 'operationId'>;

/**
 * The header every change carries (product.md §6): a retry with the same key is applied at most
 * once. The app makes its keys (`idempotent.ts`) and never checks one, so this lives here, out of
 * its first load.
 */
export const idempotencyKeySchema = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9._:-]{8,100}$/,
      'Use 8 to 100 letters, digits, dots, dashes, colons or underscores.',
    ),
  );

/** The id of `/api/orders/{id}`: 16 digits, or 400 VALIDATION_FAILED before anything else. */
const orderIdParams = z.object({ id: orderIdSchema });

/**
 * What this mock serves at `/api/openapi.json`: an OpenAPI 3.1 document. Only its frame is
 * checked here; `openapi.test.ts` checks what is inside.
 */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string().check(z.regex(/^3\.1\.\d+$/)),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

// Problems by status, as `mocks/http.ts` and `mocks/mutations.ts` answer them.
const malformed = { status: 400, codes: ['VALIDATION_FAILED'] } as const;
const malformedChange = {
  status: 400,
  codes: ['VALIDATION_FAILED', 'IDEMPOTENCY_KEY_REQUIRED'],
} as const;
const notFound = { status: 404, codes: ['NOT_FOUND'] } as const;
/** An order action the status machine refuses; a restore request answers refusals per order. */
const refused = { status: 409, codes: ['INVALID_TRANSITION'] } as const;
const keyReused = { status: 422, codes: ['IDEMPOTENCY_KEY_REUSED'] } as const;
const busy = { status: 503, codes: ['SERVICE_UNAVAILABLE'] } as const;

const orderAction = [malformedChange, notFound, refused, keyReused, busy] as const;

const SPECS = {
  listOrders: {
    method: 'get',
    path: '/api/orders',
    summary:
      'One page of My Orders (newest first) or Deleted Orders (soonest-expiring restore first), without timelines.',
    query: orderListQuerySchema,
    answer: orderListSchema,
    problems: [malformed, busy],
    idempotent: false,
  },
  getOrderCounts: {
    method: 'get',
    path: '/api/orders/counts',
    summary: 'How many orders each tab and filter holds, for a search.',
    query: countsQuerySchema,
    answer: countsSchema,
    problems: [malformed, busy],
    idempotent: false,
  },
  getSelection: {
    method: 'get',
    path: '/api/orders/selection',
    summary:
      'Every Deleted Order matching a filter and search, in list order, with what a bulk restore needs.',
    query: selectionQuerySchema,
    answer: selectionSchema,
    problems: [malformed, busy],
    idempotent: false,
  },
  getOrder: {
    method: 'get',
    path: '/api/orders/{id}',
    summary: "One order's whole record, with its timeline.",
    params: orderIdParams,
    answer: orderSchema,
    problems: [malformed, notFound, busy],
    idempotent: false,
  },
  listSaleEvents: {
    method: 'get',
    path: '/api/sale-events',
    summary: 'The sale events, the one on now first.',
    answer: saleEventsSchema,
    problems: [busy],
    idempotent: false,
  },
  payOrder: {
    method: 'post',
    path: '/api/orders/{id}/pay',
    summary: 'Pay an unpaid order; ship-by becomes now + 5 days.',
    params: orderIdParams,
    body: emptyBodySchema,
    answer: orderSchema,
    problems: orderAction,
    idempotent: true,
  },
  cancelOrder: {
    method: 'post',
    path: '/api/orders/{id}/cancel',
    summary: 'Cancel an unpaid or paid order, with a reason.',
    params: orderIdParams,
    body: cancelBodySchema,
    answer: orderSchema,
    problems: orderAction,
    idempotent: true,
  },
  confirmReceipt: {
    method: 'post',
    path: '/api/orders/{id}/confirm-receipt',
    summary: 'Confirm that a shipped order arrived; it is finished.',
    params: orderIdParams,
    body: emptyBodySchema,
    answer: orderSchema,
    problems: orderAction,
    idempotent: true,
  },
  buyAgain: {
    method: 'post',
    path: '/api/orders/{id}/buy-again',
    summary: 'Place a new unpaid order with the same items; answers the new order.',
    params: orderIdParams,
    body: emptyBodySchema,
    answer: orderSchema,
    problems: orderAction,
    idempotent: true,
  },
  withdrawRestoreRequest: {
    method: 'delete',
    path: '/api/orders/{id}/restore-request',
    summary: "Withdraw the order's pending restore request.",
    params: orderIdParams,
    body: emptyBodySchema,
    answer: orderSchema,
    problems: orderAction,
    idempotent: true,
  },
  requestRestore: {
    method: 'post',
    path: '/api/restore-requests',
    summary: `Ask the sellers to restore up to 500 cancelled orders; each order is answered on its own (${REFUSAL_CODES.join(', ')} or NOT_FOUND per order).`,
    body: restoreRequestBodySchema,
    answer: restoreResultsSchema,
    problems: [malformedChange, keyReused, busy],
    idempotent: true,
  },
  listNotifications: {
    method: 'get',
    path: '/api/notifications',
    summary:
      "One page of the buyer's notifications, newest first, each read or not, with how many are unread in all.",
    query: notificationListQuerySchema,
    answer: notificationPageSchema,
    problems: [malformed, busy],
    idempotent: false,
  },
  markNotificationsRead: {
    method: 'post',
    path: '/api/notifications/read',
    summary:
      'Mark up to 200 notifications read, by id (ids not known yet are kept: they may come later); answers how many are still unread.',
    body: markReadBodySchema,
    answer: unreadCountSchema,
    problems: [malformedChange, keyReused, busy],
    idempotent: true,
  },
  markAllNotificationsRead: {
    method: 'post',
    path: '/api/notifications/read-all',
    summary:
      'Mark every notification up to a moment read (never beyond the moment the request arrives); answers how many are still unread.',
    body: markAllReadBodySchema,
    answer: unreadCountSchema,
    problems: [malformedChange, keyReused, busy],
    idempotent: true,
  },
  getOpenApiDocument: {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This contract as an OpenAPI 3.1 document.',
    answer: openApiDocumentSchema,
    problems: [],
    idempotent: false,
  },
} as const satisfies Record<string, Spec>;

export type OperationId = keyof typeof SPECS;

type Typed = { readonly [K in OperationId]: (typeof SPECS)[K] & { readonly operationId: K } };

/**
 * The table with each endpoint's own schema types, for the mock's handlers (so what they parse is
 * typed). Everything else uses `endpoint` or `ENDPOINTS`.
 */
export const typedEndpoint = Object.fromEntries(
  Object.entries(SPECS).map(([operationId, spec]) => [operationId, { operationId, ...spec }]),
) as unknown as Typed;

/** By operationId. */
export const endpoint: Readonly<Record<OperationId, Endpoint>> = typedEndpoint;

export const ENDPOINTS: readonly Endpoint[] = Object.values(endpoint);

/** `/api/orders/{id}` → `/api/orders/:id`, the form MSW (and the README) writes. */
export function mswPath(e: Pick<Endpoint, 'path'>): string {
  return e.path.replace(/\{(\w+)\}/g, ':$1');
}
