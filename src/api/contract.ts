/**
 * The API contract: every request and answer of the mock (and of a real backend) as zod schemas,
 * with the TypeScript types inferred from them. Times are ISO 8601 strings here, at the edge;
 * the domain works in epoch milliseconds. Money is always integer minor units plus a currency.
 *
 * `zod/mini` keeps the schemas out of the way of the first load (it tree-shakes to a few kB).
 */
import * as z from 'zod/mini';
import { CURRENCIES } from '../domain/money';
import { ORDER_STATUSES } from '../domain/status';
import { ORDER_ID_PATTERN, type OrderId } from '../domain/ids';

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

export const orderSchema = z.object({
  id: orderIdSchema,
  placedAt: isoDateTimeSchema,
  items: z.array(lineItemSchema),
  total: moneySchema,
  seller: sellerSchema,
  status: orderStatusSchema,
});

export const orderListSchema = z.object({
  orders: z.array(orderSchema),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.nonnegative()),
});

export const problemCodeSchema = z.enum([
  'VALIDATION_FAILED',
  'IDEMPOTENCY_KEY_REQUIRED',
  'NOT_FOUND',
  'ALREADY_REQUESTED',
  'RESTORE_WINDOW_CLOSED',
  'REFUND_COMPLETED',
  'INVALID_TRANSITION',
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

export type OrderDto = z.infer<typeof orderSchema>;
export type OrderList = z.infer<typeof orderListSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type ProblemCode = z.infer<typeof problemCodeSchema>;
