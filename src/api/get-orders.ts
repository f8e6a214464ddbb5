import { orderListSchema, type OrderList } from './contract';
import { request } from './client';

export type OrderListParams = {
  view: 'active' | 'deleted';
  tab?: string | undefined;
  filter?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

export function fetchOrders(params: OrderListParams, signal?: AbortSignal): Promise<OrderList> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return request(`/api/orders?${query.toString()}`, { schema: orderListSchema, signal });
}
