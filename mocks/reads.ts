/** The mock's reads (product.md §6): they bring orders up to now and never write. */
import { http, HttpResponse } from 'msw';
import {
  countsQuerySchema,
  orderListQuerySchema,
  selectionQuerySchema,
  type Counts,
  type OrderList,
  type Selection,
} from '../src/api/contract';
import { toOrderDto, toOrderSummaryDto } from '../src/api/order-mapping';
import { isOrderId } from '../src/domain/ids';
import { orderSaleEvents } from '../src/domain/sale-events';
import { toIso } from '../src/domain/time';
import { decodeCursor, encodeCursor } from './cursor';
import { DEFAULT_PAGE_SIZE, invalidOrderId, orderNotFound, parseQuery, route } from './http';
import { problem, problemResponse } from './problem';

export const readHandlers = [
  http.get(
    '/api/orders',
    route(({ url, db, now }) => {
      const query = parseQuery(orderListQuerySchema, url);
      if (!query.ok) return query.response;
      const { view, tab, filter, q, limit, cursor } = query.data;
      const key = cursor === undefined ? undefined : decodeCursor(cursor);
      if (key === null) {
        return problemResponse(
          problem(400, 'VALIDATION_FAILED', 'cursor: This cursor was not given by this API.', [
            { path: 'cursor', message: 'This cursor was not given by this API.' },
          ]),
        );
      }
      const page = db.list(
        { view, tab, filter, q, cursor: key, limit: limit ?? DEFAULT_PAGE_SIZE },
        now,
      );
      return HttpResponse.json<OrderList>({
        orders: page.orders.map(toOrderSummaryDto),
        nextCursor: page.nextKey ? encodeCursor(page.nextKey) : null,
        total: page.total,
      });
    }),
  ),

  http.get(
    '/api/orders/counts',
    route(({ url, db, now }) => {
      const query = parseQuery(countsQuerySchema, url);
      if (!query.ok) return query.response;
      return HttpResponse.json<Counts>(db.counts(query.data.q, now));
    }),
  ),

  http.get(
    '/api/orders/selection',
    route(({ url, db, now }) => {
      const query = parseQuery(selectionQuerySchema, url);
      if (!query.ok) return query.response;
      return HttpResponse.json<Selection>(
        db.selection(query.data.filter ?? 'all', query.data.q, now),
      );
    }),
  ),

  http.get(
    '/api/orders/:id',
    route(({ params, db, now }) => {
      const id = String(params.id);
      if (!isOrderId(id)) return invalidOrderId();
      const order = db.get(id, now);
      if (!order) return orderNotFound(id);
      return HttpResponse.json(toOrderDto(order));
    }),
  ),

  http.get(
    '/api/sale-events',
    route(({ db, now }) =>
      HttpResponse.json({
        events: orderSaleEvents(db.saleEvents, now).map((event) => ({
          id: event.id,
          name: event.name,
          startsAt: toIso(event.startsAt),
          endsAt: toIso(event.endsAt),
        })),
      }),
    ),
  ),
];
