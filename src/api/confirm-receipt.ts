import { useOrderAction, type OrderActionVariables } from './use-order-action';

export function useConfirmReceipt(
  onError?: (error: Error, variables: OrderActionVariables) => void,
) {
  return useOrderAction<OrderActionVariables>({
    onError,
    change: ({ order }) => ({ kind: 'confirmReceipt', orderId: order.id }),
    predict: () => ({ type: 'confirmReceipt' }),
  });
}
