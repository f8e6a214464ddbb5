/**
 * The API contract: every request and answer of the mock (and of a real backend) as zod schemas,
 * with the TypeScript types inferred from them. Times are ISO 8601 strings here, at the edge; the
 * domain works in epoch milliseconds. Money is always integer minor units plus a currency code.
 *
 * `zod/mini` keeps the schemas light on the first load (it tree-shakes to a few kB).
 */
import * as z from 'zod/mini';
import { ORDER_ID_PATTERN, type OrderId } from '../domain/ids';
import { cancelReasonSchema, restoreMessageSchema } from '../domain/message';
import { CURRENCIES } from '../domain/money';
import { NOTIFICATION_KINDS } from '../domain/notifications';
import { PLATFORM_CANCEL_REASONS, RESTORE_OUTCOMES } from '../domain/order';
import { ACTIVE_TABS, DELETED_FILTERS } from '../domain/placement';
import { RESTORE_REASON_IDS } from '../domain/reasons';
import { REFUSAL_CODES } from '../domain/restore-rules';
import { MAX_SEARCH_LENGTH } from '../domain/search';
import { ORDER_STATUSES } from '../domain/status';

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const orderIdSchema = z.pipe(
  z.string().check(z.regex(ORDER_ID_PATTERN, 'An order number is 16 digits.')),
  z.transform((value) => value as OrderId),
);

export const moneySchema = z.object({
  amountMinor: z.int().check(z.nonnegative()),
  currency: z.enum(CURRENCIES),
});

export const lineItemSchema = z.object({
  title: z.string(),
  variant: z.string(),
  quantity: z.int().check(z.positive()),
  unitPrice: moneySchema,
  image: z.string(),
});

export const sellerSchema = z.object({
  id: z.string(),
  name: z.string(),
  rating: z.number().check(z.gte(0), z.lte(5)),
  positiveFeedbackPercent: z.number().check(z.gte(0), z.lte(100)),
  ratingsCount: z.int().check(z.nonnegative()),
  typicalResponseMinutes: z.int().check(z.positive()),
});

export const orderStatusSchema = z.enum(ORDER_STATUSES);
/**
 * The reason ids are part of the contract (a backend validates a request against them); their
 * labels and message templates are the UI's own, in `domain/reasons.ts`, so no endpoint serves them.
 */
export const restoreReasonIdSchema = z.enum(RESTORE_REASON_IDS);

export const cancellationSchema = z.object({
  by: z.enum(['buyer', 'seller', 'platform']),
  /** Buyer and seller: their words, as written. Platform: `payment_not_received` or `not_shipped_in_time`. */
  reason: z.string(),
  at: isoDateTimeSchema,
  restoreWindowEndsAt: z.nullable(isoDateTimeSchema),
  saleEventName: z.nullable(z.string()),
});

export const restoreOutcomeSchema = z.enum(RESTORE_OUTCOMES);

export const restoreRequestSchema = z.object({
  id: z.string(),
  reason: restoreReasonIdSchema,
  message: z.string(),
  requestedAt: isoDateTimeSchema,
  /** The seller must answer by then (48 hours), or the platform closes the request as `expired`. */
  answerBy: isoDateTimeSchema,
  closedAt: z.nullable(isoDateTimeSchema),
  outcome: z.nullable(restoreOutcomeSchema),
  /** The seller's note, as written; null when the platform closed the request. */
  note: z.nullable(z.string()),
});

export const timelineEventSchema = z.object({
  at: isoDateTimeSchema,
  actor: z.enum(['buyer', 'seller', 'platform']),
  kind: z.enum([
    'placed',
    'paid',
    'shipped',
    'received',
    'completed',
    'cancelled',
    'refund_scheduled',
    'restore_requested',
    'restore_withdrawn',
    'restore_accepted',
    'restore_declined',
    'restore_closed',
    'refund_landed',
  ]),
  /** The buyer's message or the seller's note, as written. */
  message: z.nullable(z.string()),
  amount: z.nullable(moneySchema),
  /** The moment the entry names: pay by, ships by, refund by. */
  until: z.nullable(isoDateTimeSchema),
  /** `restore_requested`: the reason chosen. */
  reason: z.nullable(restoreReasonIdSchema),
  /** `cancelled` by the platform: why. */
  cause: z.nullable(z.enum(PLATFORM_CANCEL_REASONS)),
  /** `restore_accepted`: how; `restore_closed`: why (`refund_completed`, `expired`); `refund_landed`: `refund_completed` when it ended the chance to restore. */
  outcome: z.nullable(restoreOutcomeSchema),
});

export const orderSchema = z.object({
  id: orderIdSchema,
  placedAt: isoDateTimeSchema,
  items: z.array(lineItemSchema),
  total: moneySchema,
  seller: sellerSchema,
  payment: z.object({ state: z.enum(['unpaid', 'paid']), paidAt: z.nullable(isoDateTimeSchema) }),
  status: orderStatusSchema,
  payBy: z.nullable(isoDateTimeSchema),
  shipBy: z.nullable(isoDateTimeSchema),
  shippedAt: z.nullable(isoDateTimeSchema),
  completesAt: z.nullable(isoDateTimeSchema),
  refundBy: z.nullable(isoDateTimeSchema),
  refundedAt: z.nullable(isoDateTimeSchema),
  finishedAt: z.nullable(isoDateTimeSchema),
  cancellation: z.nullable(cancellationSchema),
  restoreRequests: z.array(restoreRequestSchema),
  timeline: z.array(timelineEventSchema),
  sourceOrderId: z.nullable(orderIdSchema),
});

// ---- reads ---------------------------------------------------------------------------------

export const MAX_PAGE_SIZE = 200;

const searchSchema = z.optional(
  z
    .string()
    .check(z.maxLength(MAX_SEARCH_LENGTH, `Search for ${MAX_SEARCH_LENGTH} characters or fewer.`)),
);

/** A cursor as a list answered it (`nextCursor`): opaque to clients. */
const cursorSchema = z.optional(z.string().check(z.maxLength(500)));

/** `limit`, a query parameter: a whole number from 1 to `max`. */
function pageLimitSchema(max: number) {
  return z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,4}$/, 'Limit is a whole number.')),
      z.pipe(
        z.transform(Number),
        z.int().check(z.gte(1, 'Limit is at least 1.'), z.lte(max, `Limit is at most ${max}.`)),
      ),
    ),
  );
}

export const orderListQuerySchema = z.object({
  view: z.enum(['active', 'deleted'], 'View must be "active" or "deleted".'),
  tab: z.optional(z.enum(ACTIVE_TABS)),
  filter: z.optional(z.enum(DELETED_FILTERS)),
  q: searchSchema,
  cursor: cursorSchema,
  limit: pageLimitSchema(MAX_PAGE_SIZE),
});

/** A list item: the order without its timeline (GET /api/orders/:id has the whole record). */
export const orderSummarySchema = z.omit(orderSchema, { timeline: true });

export const orderListSchema = z.object({
  orders: z.array(orderSummarySchema),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.nonnegative()),
});

export const countsQuerySchema = z.object({ q: searchSchema });

export const countsSchema = z.object({
  active: z.object({
    all: z.int(),
    unpaid: z.int(),
    paid: z.int(),
    shipped: z.int(),
    refunding: z.int(),
    finished: z.int(),
  }),
  deleted: z.object({
    all: z.int(),
    restorable: z.int(),
    requested: z.int(),
    closed: z.int(),
  }),
});

export const selectionQuerySchema = z.object({
  view: z.literal('deleted', 'Selection works on Deleted Orders only.'),
  filter: z.optional(z.enum(DELETED_FILTERS)),
  q: searchSchema,
});

export const refusalCodeSchema = z.enum(REFUSAL_CODES);

/**
 * Every order matching a filter and search, without loading them: what a bulk restore needs to
 * know (kind, eligibility, seller). Sellers are listed once, not per order.
 */
export const selectionSchema = z.object({
  items: z.array(
    z.object({
      id: orderIdSchema,
      paid: z.boolean(),
      restorable: z.boolean(),
      whyNot: z.nullable(refusalCodeSchema),
      /** When restoring stops being possible: the window's end (unpaid) or refund-by (paid). */
      restoreBy: z.nullable(isoDateTimeSchema),
      sellerId: z.string(),
    }),
  ),
  sellers: z.array(sellerSchema),
});

export const saleEventSchema = z.object({
  id: z.string(),
  name: z.string(),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
});

export const saleEventsSchema = z.object({ events: z.array(saleEventSchema) });

export const MAX_NOTIFICATION_PAGE_SIZE = 100;

export const notificationListQuerySchema = z.object({
  cursor: cursorSchema,
  limit: pageLimitSchema(MAX_NOTIFICATION_PAGE_SIZE),
});

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

/**
 * Something the buyer must hear of (product.md §12), derived from an order's history: facts only,
 * the UI writes the sentence. `id` is stable (the same notification has the same id at every read).
 */
export const notificationSchema = z.object({
  id: z.string(),
  orderId: orderIdSchema,
  kind: notificationKindSchema,
  at: isoDateTimeSchema,
  /** The seller's note with an answer (accepted, declined), as written. */
  note: z.nullable(z.string()),
  amount: z.nullable(moneySchema),
  /** The moment it names: pay by, ships by, refund by, or the restore window's end. */
  until: z.nullable(isoDateTimeSchema),
  read: z.boolean(),
});

export const notificationPageSchema = z.object({
  notifications: z.array(notificationSchema),
  nextCursor: z.nullable(z.string()),
  /** Every unread notification, not only this page's. */
  unread: z.int().check(z.nonnegative()),
});

// ---- writes --------------------------------------------------------------------------------

export { MAX_RESTORE_ITEMS } from './limits';
import { MAX_RESTORE_ITEMS } from './limits';

export const cancelBodySchema = z.strictObject({ reason: cancelReasonSchema });

/** Pay, confirm receipt and buy again take no body; an empty object is accepted. */
export const emptyBodySchema = z.strictObject({});

export const restoreRequestBodySchema = z.strictObject({
  items: z.array(z.strictObject({ orderId: orderIdSchema, reason: restoreReasonIdSchema })).check(
    z.minLength(1, 'Choose at least one order.'),
    z.maxLength(MAX_RESTORE_ITEMS, `Send at most ${MAX_RESTORE_ITEMS} orders in one request.`),
    z.refine(
      (items) => new Set(items.map((item) => item.orderId)).size === items.length,
      'Each order may appear only once.',
    ),
  ),
  message: restoreMessageSchema,
});

export const MAX_READ_IDS = 200;
export const MAX_NOTIFICATION_ID_LENGTH = 200;

/** Ids not (yet) among the buyer's notifications are kept as read all the same: they may come later. */
export const markReadBodySchema = z.strictObject({
  ids: z
    .array(
      z
        .string()
        .check(
          z.maxLength(
            MAX_NOTIFICATION_ID_LENGTH,
            `A notification id has at most ${MAX_NOTIFICATION_ID_LENGTH} characters.`,
          ),
        ),
    )
    .check(
      z.minLength(1, 'Name at least one notification.'),
      z.maxLength(MAX_READ_IDS, `Mark at most ${MAX_READ_IDS} notifications in one request.`),
    ),
});

/** "Mark all as read": every notification with `at` at or before `upTo` (never after the request). */
export const markAllReadBodySchema = z.strictObject({ upTo: isoDateTimeSchema });

/** What marking read answers: how many notifications are still unread. */
export const unreadCountSchema = z.object({ unread: z.int().check(z.nonnegative()) });

export const problemCodeSchema = z.enum([
  'VALIDATION_FAILED',
  'IDEMPOTENCY_KEY_REQUIRED',
  'NOT_FOUND',
  ...REFUSAL_CODES,
  'IDEMPOTENCY_KEY_REUSED',
  'SERVICE_UNAVAILABLE',
]);

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  code: problemCodeSchema,
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

export const restoreResultSchema = z.union([
  z.object({ orderId: orderIdSchema, ok: z.literal(true), order: orderSchema }),
  z.object({ orderId: orderIdSchema, ok: z.literal(false), error: problemSchema }),
]);

export const restoreResultsSchema = z.object({ results: z.array(restoreResultSchema) });

export type OrderDto = z.infer<typeof orderSchema>;
export type OrderSummaryDto = z.infer<typeof orderSummarySchema>;
export type OrderList = z.infer<typeof orderListSchema>;
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;
export type Counts = z.infer<typeof countsSchema>;
export type Selection = z.infer<typeof selectionSchema>;
export type SelectionItem = Selection['items'][number];
export type SaleEventDto = z.infer<typeof saleEventSchema>;
export type CancelBody = z.input<typeof cancelBodySchema>;
export type RestoreRequestBody = z.input<typeof restoreRequestBodySchema>;
export type RestoreResult = z.infer<typeof restoreResultSchema>;
export type RestoreResults = z.infer<typeof restoreResultsSchema>;
export type NotificationKindDto = z.infer<typeof notificationKindSchema>;
export type NotificationDto = z.infer<typeof notificationSchema>;
export type NotificationPage = z.infer<typeof notificationPageSchema>;
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;
export type MarkReadBody = z.input<typeof markReadBodySchema>;
export type MarkAllReadBody = z.input<typeof markAllReadBodySchema>;
export type UnreadCount = z.infer<typeof unreadCountSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type ProblemCode = z.infer<typeof problemCodeSchema>;
