import type { Order } from '../domain/order';
import { request } from './client';
import { orderSchema } from './contract';
import { fromOrderDto } from './order-mapping';
import { useOrderAction, type OrderActionVariables } from './use-order-action';

export async function buyAgain(id: string, idempotencyKey: string): Promise<Order> {
  const dto = await request(`/api/orders/${id}/buy-again`, {
    method: 'POST',
    body: {},
    idempotencyKey,
    schema: orderSchema,
  });
  return fromOrderDto(dto);
}

/** No prediction: the new order's number comes from the server. */
export function useBuyAgain() {
  return useOrderAction<OrderActionVariables>({
    send: ({ order }, key) => buyAgain(order.id, key),
  });
}
