/**
 * The buyer's changes as data: what the outbox writes down before sending, and the one function
 * that sends each of them with its Idempotency-Key.
 */
import type { OrderId } from '../domain/ids';
import type { Order } from '../domain/order';
import type { RestoreReasonId } from '../domain/reasons';
import { request } from './client';
import type { ProblemCode } from './contract';
import { fromOrderDto } from './order-mapping';

/** A change to one order; its answer is that order (for "Buy again", the new one). */
export type SingleChange =
  | { readonly kind: 'pay'; readonly orderId: OrderId }
  | { readonly kind: 'confirmReceipt'; readonly orderId: OrderId }
  | { readonly kind: 'withdraw'; readonly orderId: OrderId }
  | { readonly kind: 'buyAgain'; readonly orderId: OrderId }
  | { readonly kind: 'cancel'; readonly orderId: OrderId; readonly reason: string };

export type SingleChangeKind = SingleChange['kind'];

export type RestoreItem = { readonly orderId: OrderId; readonly reason: RestoreReasonId };

/** Why an order was not restored: the server's code, or NETWORK when no answer came back. */
export type RestoreFailureCode = ProblemCode | 'NETWORK';

export type RestoreItemResult =
  | { readonly orderId: OrderId; readonly ok: true; readonly order: Order }
  | {
      readonly orderId: OrderId;
      readonly ok: false;
      readonly code: RestoreFailureCode;
      readonly message: string;
    };

const PATHS: Readonly<Record<SingleChangeKind, (id: string) => string>> = {
  pay: (id) => `/api/orders/${id}/pay`,
  confirmReceipt: (id) => `/api/orders/${id}/confirm-receipt`,
  withdraw: (id) => `/api/orders/${id}/restore-request`,
  buyAgain: (id) => `/api/orders/${id}/buy-again`,
  cancel: (id) => `/api/orders/${id}/cancel`,
};

/** Sends one change to one order, once, with this key. */
export async function sendSingleChange(
  change: SingleChange,
  idempotencyKey: string,
): Promise<Order> {
  const path = PATHS[change.kind](change.orderId);
  const dto =
    change.kind === 'withdraw'
      ? await request(path, { method: 'DELETE', idempotencyKey, schema: (c) => c.orderSchema })
      : await request(path, {
          method: 'POST',
          body: change.kind === 'cancel' ? { reason: change.reason } : {},
          idempotencyKey,
          schema: (c) => c.orderSchema,
        });
  return fromOrderDto(dto);
}

/** POST /api/restore-requests for one batch (up to 500 orders), once, with this key. */
export async function sendRestoreBatch(
  items: readonly RestoreItem[],
  message: string,
  idempotencyKey: string,
): Promise<RestoreItemResult[]> {
  const answer = await request('/api/restore-requests', {
    method: 'POST',
    body: { items, message },
    idempotencyKey,
    schema: (c) => c.restoreResultsSchema,
  });
  return answer.results.map((result) =>
    result.ok
      ? { orderId: result.orderId, ok: true, order: fromOrderDto(result.order) }
      : {
          orderId: result.orderId,
          ok: false,
          code: result.error.code,
          message: result.error.detail,
        },
  );
}
