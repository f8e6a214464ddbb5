import type { Order } from '../domain/order';
import { request } from './client';
import { orderSchema } from './contract';
import { fromOrderDto } from './order-mapping';
import { useOrderAction, type OrderActionVariables } from './use-order-action';

export async function payOrder(id: string, idempotencyKey: string): Promise<Order> {
  const dto = await request(`/api/orders/${id}/pay`, {
    method: 'POST',
    body: {},
    idempotencyKey,
    schema: orderSchema,
  });
  return fromOrderDto(dto);
}

export function usePayOrder(onError?: (error: Error, variables: OrderActionVariables) => void) {
  return useOrderAction<OrderActionVariables>({
    onError,
    send: ({ order }, key) => payOrder(order.id, key),
    predict: () => ({ type: 'pay' }),
  });
}
