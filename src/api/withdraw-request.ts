import { useOrderAction, type OrderActionVariables } from './use-order-action';

export function useWithdrawRequest() {
  return useOrderAction<OrderActionVariables>({
    change: ({ order }) => ({ kind: 'withdraw', orderId: order.id }),
    predict: () => ({ type: 'withdrawRequest' }),
  });
}
