import { useOrderAction, type OrderActionVariables } from './use-order-action';

export function useCancelOrder() {
  return useOrderAction<OrderActionVariables & { reason: string }>({
    change: ({ order, reason }) => ({ kind: 'cancel', orderId: order.id, reason }),
    predict: ({ reason }) => ({ type: 'cancel', by: 'buyer', reason }),
  });
}
