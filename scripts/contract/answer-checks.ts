/**
 * One check per endpoint of the table: it is called the ways a client calls it, and every answer
 * must match the endpoint's schema (the client judges each one). The recipes are typed by
 * operationId, so an endpoint added to `src/api/endpoints.ts` does not compile until it has one.
 */
import type {
  Counts,
  NotificationPage,
  OrderDto,
  OrderList,
  RestoreResults,
  Selection,
  UnreadCount,
} from '../../src/api/contract';
import { ENDPOINTS, endpoint, type OperationId } from '../../src/api/endpoints';
import { ACTIVE_TABS, DELETED_FILTERS } from '../../src/domain/placement';
import type { CheckContext, ContractCheck } from './contract-check';
import { ORDER_ACTIONS } from './contract-check';
import { expectOk, label } from './contract-client';
import { restoreBody } from './find-orders';

type Recipe = (context: CheckContext) => Promise<string>;

const MAX_RECORDS = 60;

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** A change's answer, then the order read back: both must show `status`. */
async function expectChanged(
  { find }: CheckContext,
  answer: OrderDto,
  status: OrderDto['status'],
  what: string,
): Promise<string> {
  expectEqual(answer.status, status, `${what}: the answered order's status`);
  expectEqual((await find.order(answer.id)).status, status, `${what}: the order read back`);
  return `order ${answer.id} is now ${status}`;
}

const RECIPES: Readonly<Record<OperationId, Recipe>> = {
  async listOrders({ api }) {
    const queries: Record<string, string>[] = [
      ...ACTIVE_TABS.map((tab) => ({ view: 'active', tab })),
      ...DELETED_FILTERS.map((filter) => ({ view: 'deleted', filter })),
      { view: 'active', q: 'a' },
      { view: 'deleted', q: 'a', limit: '1' },
    ];
    for (const query of queries) {
      expectOk(await api.call(endpoint.listOrders, { query }), `list ${JSON.stringify(query)}`);
    }
    // Pages follow one another through nextCursor without repeating an order.
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const query: Record<string, string> = { view: 'active', limit: '3' };
      if (cursor) query.cursor = cursor;
      const page: OrderList = expectOk(await api.call(endpoint.listOrders, { query }), 'a page');
      for (const order of page.orders) {
        if (seen.has(order.id)) throw new Error(`order ${order.id} came on two pages`);
        seen.add(order.id);
      }
      ({ nextCursor: cursor, total } = page);
      pages += 1;
    } while (cursor && pages < 5);
    if (!cursor && seen.size !== total) {
      throw new Error(`the pages held ${seen.size} orders but total said ${total}`);
    }
    return `${queries.length} lists and ${pages} pages`;
  },

  async getOrderCounts({ api, find }) {
    const counts = expectOk<Counts>(await api.call(endpoint.getOrderCounts), 'counts');
    expectOk(await api.call(endpoint.getOrderCounts, { query: { q: 'a' } }), 'counts for "a"');
    // Each count is the total of its list.
    for (const tab of ACTIVE_TABS) {
      const listed = (await find.list({ view: 'active', tab })).length;
      if (listed <= 200) expectEqual(counts.active[tab], listed, `active.${tab} vs its list`);
    }
    for (const filter of DELETED_FILTERS) {
      const listed = (await find.list({ view: 'deleted', filter })).length;
      if (listed <= 200)
        expectEqual(counts.deleted[filter], listed, `deleted.${filter} vs its list`);
    }
    return `${counts.active.all} active and ${counts.deleted.all} deleted orders, as the lists say`;
  },

  async getSelection({ api, find }) {
    let items = 0;
    for (const filter of DELETED_FILTERS) {
      const answer = await api.call(endpoint.getSelection, { query: { view: 'deleted', filter } });
      const selection = expectOk<Selection>(answer, `selection ${filter}`);
      items += selection.items.length;
      const listed = await find.list({ view: 'deleted', filter });
      if (listed.length < 200) {
        expectEqual(
          selection.items.map((item) => item.id),
          listed.map((order) => order.id),
          `selection ${filter}: its orders in list order`,
        );
      }
      const sellers = new Set(selection.sellers.map((seller) => seller.id));
      const missing = selection.items.find((item) => !sellers.has(item.sellerId));
      if (missing) throw new Error(`selection ${filter}: seller ${missing.sellerId} is not listed`);
    }
    return `${DELETED_FILTERS.length} filters, ${items} items, in list order`;
  },

  async getOrder({ api, find }) {
    const ids = [
      ...(await find.list({ view: 'active' })),
      ...(await find.list({ view: 'deleted' })),
    ]
      .map((order) => order.id)
      .slice(0, MAX_RECORDS);
    if (ids.length === 0) throw new Error('the backend lists no orders to read');
    for (const id of ids) {
      const order = expectOk<OrderDto>(await api.call(endpoint.getOrder, { id }), `order ${id}`);
      expectEqual(order.id, id, `GET /api/orders/${id}: the order's id`);
    }
    return `${ids.length} records`;
  },

  async listSaleEvents({ api }) {
    const answer = expectOk<{ events: unknown[] }>(
      await api.call(endpoint.listSaleEvents),
      'sale events',
    );
    return `sale events: ${answer.events.length}`;
  },

  async listNotifications({ api, find }) {
    for (const limit of ['1', '100']) await find.notificationPage({ limit });
    // Pages follow one another through nextCursor, newest first, without repeating one; every
    // page counts the same unread notifications, and all of them when the pages run out.
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    let unread: number | null = null;
    let unreadSeen = 0;
    let previousAt = Number.POSITIVE_INFINITY;
    do {
      const query: Record<string, string> = { limit: '4' };
      if (cursor) query.cursor = cursor;
      const page: NotificationPage = expectOk(
        await api.call(endpoint.listNotifications, { query }),
        'a page of notifications',
      );
      for (const notification of page.notifications) {
        if (seen.has(notification.id)) {
          throw new Error(`notification ${notification.id} came on two pages`);
        }
        seen.add(notification.id);
        const at = Date.parse(notification.at);
        if (at > previousAt) throw new Error(`notification ${notification.id} is out of order`);
        previousAt = at;
        if (!notification.read) unreadSeen += 1;
      }
      if (unread !== null) expectEqual(page.unread, unread, `page ${pages + 1}: unread`);
      ({ nextCursor: cursor, unread } = page);
      pages += 1;
    } while (cursor && pages < 10);
    if (!cursor)
      expectEqual(unreadSeen, unread, 'the unread notifications of every page vs unread');
    return `${seen.size} notifications on ${pages} pages, ${unread} unread`;
  },

  async markNotificationsRead({ api, find }) {
    const before = await find.unread();
    const [chosen] = await find.unreadNotifications(1);
    // An id not among the notifications (yet) is taken, and changes no count.
    const body = { ids: [chosen!.id, 'contract-check:not-a-notification-yet'] };
    const answer = await api.call(endpoint.markNotificationsRead, { body });
    const { unread } = expectOk<UnreadCount>(answer, 'mark read');
    expectEqual(unread, before - 1, `unread after marking ${chosen!.id} read`);
    const page = await find.notificationPage({ limit: '100' });
    expectEqual(page.unread, unread, 'unread read back');
    const readBack = page.notifications.find((notification) => notification.id === chosen!.id);
    expectEqual(readBack?.read, true, `notification ${chosen!.id} read back`);
    return `notification ${chosen!.id} is read; ${unread} unread`;
  },

  async markAllNotificationsRead({ api, find }) {
    const { notifications } = await find.notificationPage({ limit: '100' });
    const newest = notifications[0];
    const oldest = notifications.at(-1);
    const upTo = newest?.at ?? new Date().toISOString();
    const answer = await api.call(endpoint.markAllNotificationsRead, { body: { upTo } });
    const { unread } = expectOk<UnreadCount>(answer, `mark all read up to ${upTo}`);
    const page = await find.notificationPage({ limit: '100' });
    expectEqual(page.unread, unread, 'unread read back');
    const unreadBefore = page.notifications.find(
      (notification) => !notification.read && Date.parse(notification.at) <= Date.parse(upTo),
    );
    if (unreadBefore) throw new Error(`notification ${unreadBefore.id} is still unread`);
    // A mark up to an earlier moment takes nothing back.
    if (oldest) {
      const earlier = await api.call(endpoint.markAllNotificationsRead, {
        body: { upTo: oldest.at },
      });
      expectEqual(
        expectOk<UnreadCount>(earlier, 'mark all read, earlier').unread,
        unread,
        'unread',
      );
    }
    return `every notification up to ${upTo} is read; ${unread} unread`;
  },

  async getOpenApiDocument({ api }) {
    const answer = expectOk<{ paths: object }>(
      await api.call(endpoint.getOpenApiDocument),
      'OpenAPI',
    );
    return `${Object.keys(answer.paths).length} paths`;
  },

  async payOrder(context) {
    const order = await context.find.active('unpaid');
    const answer = await context.api.call(endpoint.payOrder, { id: order.id, body: {} });
    return expectChanged(context, expectOk(answer, 'pay'), 'paid', 'pay');
  },

  async cancelOrder(context) {
    const order = await context.find.active('unpaid');
    const action = ORDER_ACTIONS.find((a) => a.endpoint === endpoint.cancelOrder)!;
    const answer = await context.api.call(endpoint.cancelOrder, {
      id: order.id,
      body: action.body,
    });
    return expectChanged(context, expectOk(answer, 'cancel'), 'cancelled', 'cancel');
  },

  async confirmReceipt(context) {
    const order = await context.find.active('shipped');
    const answer = await context.api.call(endpoint.confirmReceipt, { id: order.id, body: {} });
    return expectChanged(
      context,
      expectOk(answer, 'confirm receipt'),
      'finished',
      'confirm receipt',
    );
  },

  async buyAgain(context) {
    const source = await context.find.buyAgainSource();
    const answer = await context.api.call(endpoint.buyAgain, { id: source.id, body: {} });
    const created = expectOk<OrderDto>(answer, 'buy again');
    if (created.id === source.id)
      throw new Error('buy again answered the old order, not a new one');
    expectEqual(created.sourceOrderId, source.id, 'the new order’s sourceOrderId');
    return expectChanged(context, created, 'unpaid', `buy again of ${source.id}`);
  },

  async withdrawRestoreRequest(context) {
    const requested = await context.find.requested();
    const answer = await context.api.call(endpoint.withdrawRestoreRequest, { id: requested.id });
    return expectChanged(context, expectOk(answer, 'withdraw'), 'cancelled', 'withdraw');
  },

  async requestRestore(context) {
    const order = await context.find.restorable();
    const answer = await context.api.call(endpoint.requestRestore, { body: restoreBody([order]) });
    const { results } = expectOk<RestoreResults>(answer, 'restore request');
    const result = results[0];
    if (results.length !== 1 || !result?.ok || result.orderId !== order.id) {
      throw new Error(
        `expected one ok result for ${order.id}, got ${JSON.stringify(results).slice(0, 300)}`,
      );
    }
    return expectChanged(context, result.order, 'restoration_requested', 'restore request');
  },
};

export const answerChecks: ContractCheck[] = ENDPOINTS.map((e) => ({
  name: `${label(e)} answers match its schema`,
  run: RECIPES[e.operationId as OperationId],
}));
