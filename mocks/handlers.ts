import { http, HttpResponse } from 'msw';
import type { OrderList } from '../src/api/contract';
import { fixtureOrders } from './fixtures';

export const handlers = [
  http.get('/api/orders', () => {
    const orders = fixtureOrders(Date.now());
    return HttpResponse.json<OrderList>({ orders, nextCursor: null, total: orders.length });
  }),
];
