/** The mock's reads (product.md §6): they bring orders up to now and never write. */
import { http, HttpResponse } from 'msw';
import type { Counts, NotificationPage, OrderList, Selection } from '../src/api/contract';
import { mswPath, typedEndpoint as endpoint } from '../src/api/endpoints';
import { toNotificationDto } from '../src/api/notification-mapping';
import { toOrderDto, toOrderSummaryDto } from '../src/api/order-mapping';
import { isOrderId } from '../src/domain/ids';
import { orderSaleEvents } from '../src/domain/sale-events';
import { toIso } from '../src/domain/time';
import {
  decodeCursor,
  decodeNotificationCursor,
  encodeCursor,
  encodeNotificationCursor,
} from './cursor';
import {
  DEFAULT_NOTIFICATION_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  invalidCursor,
  invalidOrderId,
  orderNotFound,
  parseQuery,
  route,
} from './http';

export const readHandlers = [
  http.get(
    mswPath(endpoint.listOrders),
    route(async ({ url, db, now }) => {
      const query = parseQuery(endpoint.listOrders.query, url);
      if (!query.ok) return query.response;
      const { view, tab, filter, q, limit, cursor } = query.data;
      const key = cursor === undefined ? undefined : decodeCursor(cursor);
      if (key === null) return invalidCursor();
      const page = await db.list(
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
    mswPath(endpoint.getOrderCounts),
    route(async ({ url, db, now }) => {
      const query = parseQuery(endpoint.getOrderCounts.query, url);
      if (!query.ok) return query.response;
      return HttpResponse.json<Counts>(await db.counts(query.data.q, now));
    }),
  ),

  http.get(
    mswPath(endpoint.getSelection),
    route(async ({ url, db, now }) => {
      const query = parseQuery(endpoint.getSelection.query, url);
      if (!query.ok) return query.response;
      return HttpResponse.json<Selection>(
        await db.selection(query.data.filter ?? 'all', query.data.q, now),
      );
    }),
  ),

  http.get(
    mswPath(endpoint.getOrder),
    route(({ params, db, now }) => {
      const id = String(params.id);
      if (!isOrderId(id)) return invalidOrderId();
      const order = db.get(id, now);
      if (!order) return orderNotFound(id);
      return HttpResponse.json(toOrderDto(order));
    }),
  ),

  http.get(
    mswPath(endpoint.listSaleEvents),
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

  http.get(
    mswPath(endpoint.listNotifications),
    route(async ({ url, db, now }) => {
      const query = parseQuery(endpoint.listNotifications.query, url);
      if (!query.ok) return query.response;
      const { cursor, limit } = query.data;
      const key = cursor === undefined ? undefined : decodeNotificationCursor(cursor);
      if (key === null) return invalidCursor();
      const page = await db.notificationPage(
        { cursor: key, limit: limit ?? DEFAULT_NOTIFICATION_PAGE_SIZE },
        now,
      );
      return HttpResponse.json<NotificationPage>({
        notifications: page.notifications.map((found) => toNotificationDto(found, found.read)),
        nextCursor: page.nextKey ? encodeNotificationCursor(page.nextKey) : null,
        unread: page.unread,
      });
    }),
  ),

  // The document is generated into the repo (`npm run openapi`) and loaded only when asked for,
  // so the mock's own chunk does not carry it. No latency and no faults: it is not a business read.
  http.get(mswPath(endpoint.getOpenApiDocument), async () => {
    const { default: document } = await import('../src/api/openapi.json');
    return HttpResponse.json(document);
  }),
];
