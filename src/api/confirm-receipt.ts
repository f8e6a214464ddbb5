import type { Order } from '../domain/order';
import { request } from './client';
import { orderSchema } from './contract';
import { fromOrderDto } from './order-mapping';
import { useOrderAction, type OrderActionVariables } from './use-order-action';

export async function confirmReceipt(id: string, idempotencyKey: string): Promise<Order> {
  const dto = await request(`/api/orders/${id}/confirm-receipt`, {
    method: 'POST',
    body: {},
    idempotencyKey,
    schema: orderSchema,
  });
  return fromOrderDto(dto);
}

export function useConfirmReceipt(
  onError?: (error: Error, variables: OrderActionVariables) => void,
) {
  return useOrderAction<OrderActionVariables>({
    onError,
    send: ({ order }, key) => confirmReceipt(order.id, key),
    predict: () => ({ type: 'confirmReceipt' }),
  });
}
