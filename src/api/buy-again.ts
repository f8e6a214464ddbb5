import { useOrderAction, type OrderActionVariables } from './use-order-action';

/** No prediction: the new order's number comes from the server. */
export function useBuyAgain() {
  return useOrderAction<OrderActionVariables>({
    change: ({ order }) => ({ kind: 'buyAgain', orderId: order.id }),
  });
}
