import type { Order } from '../domain/order';
import { request } from './client';
import { orderSchema } from './contract';
import { fromOrderDto } from './order-mapping';
import { useOrderAction, type OrderActionVariables } from './use-order-action';

export async function withdrawRequest(id: string, idempotencyKey: string): Promise<Order> {
  const dto = await request(`/api/orders/${id}/restore-request`, {
    method: 'DELETE',
    idempotencyKey,
    schema: orderSchema,
  });
  return fromOrderDto(dto);
}

export function useWithdrawRequest() {
  return useOrderAction<OrderActionVariables>({
    send: ({ order }, key) => withdrawRequest(order.id, key),
    predict: () => ({ type: 'withdrawRequest' }),
  });
}
