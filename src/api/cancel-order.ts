import type { Order } from '../domain/order';
import { request } from './client';
import { orderSchema } from './contract';
import { fromOrderDto } from './order-mapping';
import { useOrderAction, type OrderActionVariables } from './use-order-action';

export async function cancelOrder(
  id: string,
  reason: string,
  idempotencyKey: string,
): Promise<Order> {
  const dto = await request(`/api/orders/${id}/cancel`, {
    method: 'POST',
    body: { reason },
    idempotencyKey,
    schema: orderSchema,
  });
  return fromOrderDto(dto);
}

export function useCancelOrder() {
  return useOrderAction<OrderActionVariables & { reason: string }>({
    send: ({ order, reason }, key) => cancelOrder(order.id, reason, key),
    predict: ({ reason }) => ({ type: 'cancel', by: 'buyer', reason }),
  });
}
