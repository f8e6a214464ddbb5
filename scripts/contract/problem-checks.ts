/**
 * Refusals and malformed requests: the code of README's table for each, as problem+json, with
 * `errors[].path` for what is malformed, and nothing stored for a 400 or a 404.
 */
import type { RestoreResults } from '../../src/api/contract';
import {
  MAX_NOTIFICATION_ID_LENGTH,
  MAX_NOTIFICATION_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_READ_IDS,
  MAX_RESTORE_ITEMS,
} from '../../src/api/contract';
import { endpoint, type Endpoint } from '../../src/api/endpoints';
import { MESSAGE_MAX } from '../../src/domain/message';
import { MAX_SEARCH_LENGTH } from '../../src/domain/search';
import type { ContractCheck } from './contract-check';
import { changesFor, expectKeysNotStored, ORDER_ACTIONS } from './contract-check';
import {
  expectInvalidAt,
  expectOk,
  expectProblem,
  newKey,
  type ContractClient,
} from './contract-client';
import { RESTORE_MESSAGE, restoreBody, stateOf, UNKNOWN_ORDER_ID } from './find-orders';

const MALFORMED_IDS = ['abc', '123', '12345678901234567', '1234-5678-9012-3456'];

/** Reads and changes about an order number: each must answer 404 NOT_FOUND, nothing stored. */
async function expectNotFoundEverywhere(api: ContractClient, id: string): Promise<string> {
  expectProblem(await api.call(endpoint.getOrder, { id }), 404, 'NOT_FOUND', `GET order ${id}`);
  const keys: string[] = [];
  for (const change of changesFor(id, false)) {
    const key = newKey();
    keys.push(key);
    const answer = await api.call(change.endpoint, { id: change.id, body: change.body, key });
    if (change.endpoint === endpoint.requestRestore) {
      const { results } = expectOk<RestoreResults>(answer, `a restore request for ${id}`);
      const first = results[0];
      if (first?.ok !== false || first.error.status !== 404 || first.error.code !== 'NOT_FOUND') {
        throw new Error(`a restore request for ${id}: expected a 404 NOT_FOUND result`);
      }
      keys.pop(); // answered 200 (with a refusal inside), so it is stored, as it should be
    } else {
      expectProblem(answer, 404, 'NOT_FOUND', `${change.endpoint.operationId} of ${id}`);
    }
  }
  await expectKeysNotStored(api, keys);
  return `${changesFor(id, false).length + 1} endpoints`;
}

export const problemChecks: ContractCheck[] = [
  {
    name: 'an unknown order answers 404 NOT_FOUND on every endpoint, and nothing is stored',
    run: async ({ api }) => `${await expectNotFoundEverywhere(api, UNKNOWN_ORDER_ID)} answered 404`,
  },
  {
    name: "another buyer's order answers 404 NOT_FOUND like an unknown one, and is never listed",
    needs: 'otherOrderId',
    run: async ({ api, find, options }) => {
      const other = options.otherOrderId!;
      const answered = await expectNotFoundEverywhere(api, other);
      const unknown = expectProblem(
        await api.call(endpoint.getOrder, { id: UNKNOWN_ORDER_ID }),
        404,
        'NOT_FOUND',
        'an unknown order',
      );
      const foreign = expectProblem(
        await api.call(endpoint.getOrder, { id: other }),
        404,
        'NOT_FOUND',
        "another buyer's order",
      );
      if (foreign.title !== unknown.title || foreign.type !== unknown.type) {
        throw new Error("another buyer's order is told apart from an unknown one (title or type)");
      }
      const listed = [
        ...(await find.list({ view: 'active' })),
        ...(await find.list({ view: 'deleted' })),
        ...(await find.list({ view: 'active', q: other })),
        ...(await find.list({ view: 'deleted', q: other })),
      ];
      if (listed.some((order) => order.id === other)) throw new Error(`order ${other} is listed`);
      if ((await find.selection()).some((item) => item.id === other)) {
        throw new Error(`order ${other} is in the selection`);
      }
      const { notifications } = await find.notificationPage({ limit: '100' });
      if (notifications.some((notification) => notification.orderId === other)) {
        throw new Error(`order ${other} has notifications`);
      }
      return `order ${other}: ${answered} answered 404, in no list, selection or notification`;
    },
  },
  {
    name: "the status machine's refusals answer 409 with its code, and change nothing",
    run: async ({ api, find }) => {
      // Order actions the machine refuses: pay a cancelled order, confirm or withdraw an unpaid one.
      const cancelled = await find.restorable();
      const unpaid = await find.active('unpaid');
      const refused = [
        { e: endpoint.payOrder, id: cancelled.id },
        { e: endpoint.confirmReceipt, id: unpaid.id },
        { e: endpoint.withdrawRestoreRequest, id: unpaid.id },
      ];
      for (const { e, id } of refused) {
        const before = stateOf(await find.order(id));
        const body = ORDER_ACTIONS.find((action) => action.endpoint === e)!.body;
        expectProblem(
          await api.call(e, { id, body }),
          409,
          'INVALID_TRANSITION',
          `${e.operationId} of ${id}`,
        );
        if (stateOf(await find.order(id)) !== before)
          throw new Error(`${e.operationId} changed ${id}`);
      }
      // A restore request is answered per order: each refusal with the code the selection gave.
      const notRestorable = (await find.selection())
        .filter((item) => item.whyNot !== null)
        .slice(0, MAX_RESTORE_ITEMS);
      if (notRestorable.length === 0) return `${refused.length} order actions`;
      const answer = await api.call(endpoint.requestRestore, { body: restoreBody(notRestorable) });
      const { results } = expectOk<RestoreResults>(answer, 'a restore request for refused orders');
      notRestorable.forEach((item, at) => {
        const result = results[at];
        if (result?.orderId !== item.id || result.ok || result.error.code !== item.whyNot) {
          throw new Error(
            `order ${item.id}: the selection says ${item.whyNot}, the restore request answered ${JSON.stringify(result).slice(0, 200)}`,
          );
        }
        if (result.error.status !== 409) {
          throw new Error(
            `order ${item.id}: ${item.whyNot} came with status ${result.error.status}`,
          );
        }
      });
      const codes = [...new Set(notRestorable.map((item) => item.whyNot))].join(', ');
      return `${refused.length} order actions; ${notRestorable.length} restore refusals (${codes}) as the selection said`;
    },
  },
  {
    name: 'malformed order ids answer 400 VALIDATION_FAILED at errors[].path "id"',
    run: async ({ api }) => {
      const keys: string[] = [];
      for (const id of MALFORMED_IDS) {
        expectInvalidAt(await api.call(endpoint.getOrder, { id }), 'id', `GET order "${id}"`);
        for (const action of ORDER_ACTIONS) {
          const key = newKey();
          keys.push(key);
          const answer = await api.call(action.endpoint, { id, body: action.body, key });
          expectInvalidAt(answer, 'id', `${action.endpoint.operationId} of "${id}"`);
        }
      }
      await expectKeysNotStored(api, keys);
      return `${MALFORMED_IDS.length} ids on ${ORDER_ACTIONS.length + 1} endpoints; nothing stored`;
    },
  },
  {
    name: 'malformed queries answer 400 VALIDATION_FAILED at the parameter',
    run: async ({ api }) => {
      const long = 'a'.repeat(MAX_SEARCH_LENGTH + 1);
      const cases: Array<{ e: Endpoint; query: Record<string, string>; path: string }> = [
        { e: endpoint.listOrders, query: {}, path: 'view' },
        { e: endpoint.listOrders, query: { view: 'everything' }, path: 'view' },
        { e: endpoint.listOrders, query: { view: 'active', tab: 'sold' }, path: 'tab' },
        { e: endpoint.listOrders, query: { view: 'deleted', filter: 'gone' }, path: 'filter' },
        { e: endpoint.listOrders, query: { view: 'active', limit: '0' }, path: 'limit' },
        {
          e: endpoint.listOrders,
          query: { view: 'active', limit: String(MAX_PAGE_SIZE + 1) },
          path: 'limit',
        },
        { e: endpoint.listOrders, query: { view: 'active', limit: 'ten' }, path: 'limit' },
        { e: endpoint.listOrders, query: { view: 'active', q: long }, path: 'q' },
        {
          e: endpoint.listOrders,
          query: { view: 'active', cursor: 'not-a-cursor' },
          path: 'cursor',
        },
        { e: endpoint.getOrderCounts, query: { q: long }, path: 'q' },
        { e: endpoint.getSelection, query: { view: 'active' }, path: 'view' },
        { e: endpoint.getSelection, query: { view: 'deleted', filter: 'gone' }, path: 'filter' },
        { e: endpoint.getSelection, query: { view: 'deleted', q: long }, path: 'q' },
        { e: endpoint.listNotifications, query: { limit: '0' }, path: 'limit' },
        {
          e: endpoint.listNotifications,
          query: { limit: String(MAX_NOTIFICATION_PAGE_SIZE + 1) },
          path: 'limit',
        },
        { e: endpoint.listNotifications, query: { limit: 'ten' }, path: 'limit' },
        { e: endpoint.listNotifications, query: { cursor: 'not-a-cursor' }, path: 'cursor' },
      ];
      for (const { e, query, path } of cases) {
        expectInvalidAt(
          await api.call(e, { query }),
          path,
          `${e.operationId} ?${new URLSearchParams(query)}`,
        );
      }
      return `${cases.length} queries`;
    },
  },
  {
    name: 'malformed bodies answer 400 VALIDATION_FAILED at the field, and nothing is stored',
    run: async ({ api, find }) => {
      const order = await find.restorable();
      const item = restoreBody([order]).items[0]!;
      const restore = endpoint.requestRestore;
      const markRead = endpoint.markNotificationsRead;
      const readAll = endpoint.markAllNotificationsRead;
      const cases: Array<{ e: Endpoint; id?: string; body: unknown; path: string | null }> = [
        { e: restore, body: '{"items": [', path: null },
        { e: restore, body: { items: [], message: RESTORE_MESSAGE }, path: 'items' },
        {
          e: restore,
          body: { items: [{ ...item, orderId: '123' }], message: RESTORE_MESSAGE },
          path: 'items.0.orderId',
        },
        {
          e: restore,
          body: { items: [{ ...item, reason: 'because' }], message: RESTORE_MESSAGE },
          path: 'items.0.reason',
        },
        { e: restore, body: { items: [item, item], message: RESTORE_MESSAGE }, path: 'items' },
        { e: restore, body: { items: [item], message: 'Too short' }, path: 'message' },
        {
          e: restore,
          body: { items: [item], message: 'x'.repeat(MESSAGE_MAX + 1) },
          path: 'message',
        },
        {
          e: restore,
          body: { items: [item], message: `Hello\u0007 seller, please` },
          path: 'message',
        },
        { e: restore, body: { items: [item] }, path: 'message' },
        { e: endpoint.cancelOrder, id: order.id, body: { reason: 'no' }, path: 'reason' },
        { e: endpoint.cancelOrder, id: order.id, body: {}, path: 'reason' },
        { e: endpoint.payOrder, id: order.id, body: '[1,', path: null },
        { e: markRead, body: {}, path: 'ids' },
        { e: markRead, body: { ids: [] }, path: 'ids' },
        { e: markRead, body: { ids: 'all' }, path: 'ids' },
        { e: markRead, body: { ids: [42] }, path: 'ids.0' },
        { e: markRead, body: { ids: ['x'.repeat(MAX_NOTIFICATION_ID_LENGTH + 1)] }, path: 'ids.0' },
        {
          e: markRead,
          body: { ids: Array.from({ length: MAX_READ_IDS + 1 }, (_, at) => `id-${at}`) },
          path: 'ids',
        },
        { e: markRead, body: '{"ids": [', path: null },
        { e: readAll, body: {}, path: 'upTo' },
        { e: readAll, body: { upTo: 'yesterday' }, path: 'upTo' },
        { e: readAll, body: { upTo: Date.now() }, path: 'upTo' },
      ];
      const before = stateOf(await find.order(order.id));
      const unread = await find.unread();
      const keys: string[] = [];
      for (const { e, id, body, path } of cases) {
        const key = newKey();
        keys.push(key);
        const answer = await api.call(e, { id, body, key });
        const what = `${e.operationId} with ${typeof body === 'string' ? body : JSON.stringify(body).slice(0, 80)}`;
        if (path === null) expectProblem(answer, 400, 'VALIDATION_FAILED', what);
        else expectInvalidAt(answer, path, what);
      }
      if (stateOf(await find.order(order.id)) !== before)
        throw new Error(`order ${order.id} changed`);
      if ((await find.unread()) !== unread) throw new Error('the unread notifications changed');
      await expectKeysNotStored(api, keys);
      return `${cases.length} bodies; nothing changed or stored`;
    },
  },
];
