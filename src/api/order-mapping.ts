/**
 * The order at the edge (ISO strings) and inside (epoch milliseconds). The mock serialises with
 * `toOrderDto`, which leaves out what only the simulated seller knows; the UI reads with
 * `fromOrderDto` and works with domain orders from then on.
 */
import { buyerId, sellerId } from '../domain/ids';
import type { Cancellation, Order, RestoreRequest } from '../domain/order';
import { fromIso, toIso } from '../domain/time';
import type { OrderDto, OrderSummaryDto } from './contract';

const iso = (at: number | null): string | null => (at === null ? null : toIso(at));
const ms = (value: string | null): number | null => (value === null ? null : fromIso(value));

/** The buyer an order seen through the API belongs to: always the signed-in buyer. */
const SIGNED_IN = buyerId('me');

/** A list item has no timeline; the order's record (GET /api/orders/:id) has it. */
export function toOrderSummaryDto(order: Order): OrderSummaryDto {
  return {
    id: order.id,
    placedAt: toIso(order.placedAt),
    items: order.items.map((item) => ({ ...item, unitPrice: { ...item.unitPrice } })),
    total: { ...order.total },
    seller: { ...order.seller },
    payment:
      order.payment.state === 'paid'
        ? { state: 'paid', paidAt: toIso(order.payment.paidAt) }
        : { state: 'unpaid', paidAt: null },
    status: order.status,
    payBy: iso(order.payBy),
    shipBy: iso(order.shipBy),
    shippedAt: iso(order.shippedAt),
    completesAt: iso(order.completesAt),
    refundBy: iso(order.refundBy),
    refundedAt: iso(order.refundedAt),
    finishedAt: iso(order.finishedAt),
    cancellation: order.cancellation && {
      by: order.cancellation.by,
      reason: order.cancellation.reason,
      at: toIso(order.cancellation.at),
      restoreWindowEndsAt: iso(order.cancellation.restoreWindowEndsAt),
      saleEventName: order.cancellation.saleEventName,
    },
    restoreRequests: order.restoreRequests.map((request) => ({
      id: request.id,
      reason: request.reason,
      message: request.message,
      requestedAt: toIso(request.requestedAt),
      answerBy: toIso(request.answerBy),
      closedAt: iso(request.closedAt),
      outcome: request.outcome,
      note: request.note,
    })),
    sourceOrderId: order.sourceOrderId,
  };
}

export function toOrderDto(order: Order): OrderDto {
  return {
    ...toOrderSummaryDto(order),
    timeline: order.timeline.map((event) => ({
      at: toIso(event.at),
      actor: event.actor,
      kind: event.kind,
      message: event.message,
      amount: event.amount && { ...event.amount },
      until: iso(event.until),
      reason: event.reason,
      cause: event.cause,
      outcome: event.outcome,
    })),
  };
}

export function fromOrderDto(dto: OrderDto | OrderSummaryDto): Order {
  return {
    id: dto.id,
    buyerId: SIGNED_IN,
    placedAt: fromIso(dto.placedAt),
    items: dto.items,
    total: dto.total,
    seller: { ...dto.seller, id: sellerId(dto.seller.id) },
    payment:
      dto.payment.state === 'paid' && dto.payment.paidAt !== null
        ? { state: 'paid', paidAt: fromIso(dto.payment.paidAt) }
        : { state: 'unpaid' },
    status: dto.status,
    payBy: ms(dto.payBy),
    shipBy: ms(dto.shipBy),
    shippedAt: ms(dto.shippedAt),
    completesAt: ms(dto.completesAt),
    refundBy: ms(dto.refundBy),
    refundedAt: ms(dto.refundedAt),
    finishedAt: ms(dto.finishedAt),
    cancellation:
      dto.cancellation &&
      ({
        ...dto.cancellation,
        at: fromIso(dto.cancellation.at),
        restoreWindowEndsAt: ms(dto.cancellation.restoreWindowEndsAt),
      } as Cancellation),
    restoreRequests: dto.restoreRequests.map((request): RestoreRequest => ({
      id: request.id,
      reason: request.reason,
      message: request.message,
      requestedAt: fromIso(request.requestedAt),
      answerBy: fromIso(request.answerBy),
      closedAt: ms(request.closedAt),
      outcome: request.outcome,
      note: request.note,
    })),
    timeline:
      'timeline' in dto
        ? dto.timeline.map((event) => ({ ...event, at: fromIso(event.at), until: ms(event.until) }))
        : [],
    sourceOrderId: dto.sourceOrderId,
  };
}
