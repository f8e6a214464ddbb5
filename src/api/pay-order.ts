import { useOrderAction, type OrderActionVariables } from './use-order-action';

export function usePayOrder(onError?: (error: Error, variables: OrderActionVariables) => void) {
  return useOrderAction<OrderActionVariables>({
    onError,
    change: ({ order }) => ({ kind: 'pay', orderId: order.id }),
    predict: () => ({ type: 'pay' }),
  });
}
