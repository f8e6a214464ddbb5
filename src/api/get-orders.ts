import type { Order } from '../domain/order';
import type { ActiveTab, DeletedFilter } from '../domain/placement';
import { request } from './client';
import type { Counts, Selection } from './contract';
import { fromOrderDto } from './order-mapping';

export type OrderListParams = {
  view: 'active' | 'deleted';
  tab?: ActiveTab | undefined;
  filter?: DeletedFilter | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

export type OrderPage = { orders: Order[]; nextCursor: string | null; total: number };

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function fetchOrders(
  params: OrderListParams,
  signal?: AbortSignal,
): Promise<OrderPage> {
  const page = await request(`/api/orders${query(params)}`, {
    schema: (c) => c.orderListSchema,
    signal,
  });
  return { orders: page.orders.map(fromOrderDto), nextCursor: page.nextCursor, total: page.total };
}

export async function fetchOrder(id: string, signal?: AbortSignal): Promise<Order> {
  return fromOrderDto(
    await request(`/api/orders/${encodeURIComponent(id)}`, {
      schema: (c) => c.orderSchema,
      signal,
    }),
  );
}

export function fetchCounts(q: string | undefined, signal?: AbortSignal): Promise<Counts> {
  return request(`/api/orders/counts${query({ q })}`, { schema: (c) => c.countsSchema, signal });
}

export function fetchSelection(
  params: { filter?: DeletedFilter | undefined; q?: string | undefined },
  signal?: AbortSignal,
): Promise<Selection> {
  return request(`/api/orders/selection${query({ view: 'deleted', ...params })}`, {
    schema: (c) => c.selectionSchema,
    signal,
  });
}
