/**
 * Idempotency (README "The mock API"): every change needs a key; the same key and body give the
 * first answer and change nothing; another body is refused with 422; a retry after a lost answer
 * is applied once; a 5xx answer is never stored, so the retry is applied.
 */
import type { Counts, OrderDto, RestoreResults, UnreadCount } from '../../src/api/contract';
import { endpoint, type Endpoint } from '../../src/api/endpoints';
import type { CheckContext, ContractCheck } from './contract-check';
import { changesFor, NOTIFICATION_CHANGES } from './contract-check';
import { expectInvalidAt, expectOk, expectProblem, newKey, summary } from './contract-client';
import { restoreBody, stateOf, type SelectionItem } from './find-orders';

/** The same JSON with every object's keys in reverse order: the same body to a backend. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reordered(inner)]),
    );
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function requestCount({ find }: CheckContext, id: string): Promise<number> {
  return (await find.order(id)).restoreRequests.length;
}

async function restoreOnce(context: CheckContext, order: SelectionItem, key: string) {
  const answer = await context.api.call(endpoint.requestRestore, {
    key,
    body: restoreBody([order]),
  });
  return expectOk<RestoreResults>(answer, `restore request for ${order.id}`);
}

export const idempotencyChecks: ContractCheck[] = [
  {
    name: 'a change without Idempotency-Key answers 400 IDEMPOTENCY_KEY_REQUIRED, and changes nothing',
    run: async ({ api, find }) => {
      const order = await find.restorable();
      const before = stateOf(await find.order(order.id));
      const unread = await find.unread();
      const changes: ReadonlyArray<{ endpoint: Endpoint; id?: string; body: unknown }> = [
        ...changesFor(order.id, order.paid),
        ...NOTIFICATION_CHANGES,
      ];
      for (const change of changes) {
        const what = `${change.endpoint.operationId}${change.id ? ` of ${change.id}` : ''}`;
        const call = { id: change.id, body: change.body };
        expectProblem(
          await api.call(change.endpoint, { ...call, key: null }),
          400,
          'IDEMPOTENCY_KEY_REQUIRED',
          `${what} without a key`,
        );
        expectInvalidAt(
          await api.call(change.endpoint, { ...call, key: 'short' }),
          'Idempotency-Key',
          `${what} with the key "short"`,
        );
      }
      if (stateOf(await find.order(order.id)) !== before)
        throw new Error(`order ${order.id} changed`);
      if ((await find.unread()) !== unread) throw new Error('the unread notifications changed');
      return `${changes.length} changes, without a key and with a malformed one`;
    },
  },
  {
    name: 'the same key and body answer the first answer again, and change nothing',
    run: async (context) => {
      const { api, find } = context;
      const order = await find.restorable();
      const key = newKey();
      const body = restoreBody([order]);
      const first = await api.call(endpoint.requestRestore, { key, body });
      expectOk(first, 'the first restore request');
      const after = stateOf(await find.order(order.id));
      const again = await api.call(endpoint.requestRestore, { key, body: reordered(body) });
      if (again.status !== first.status || !same(again.body, first.body)) {
        throw new Error(`the same request again answered ${summary(again)}, not the first answer`);
      }
      if (stateOf(await find.order(order.id)) !== after)
        throw new Error(`order ${order.id} changed again`);
      // A refusal is a first answer too: paying a cancelled order, twice with one key.
      const refusalKey = newKey();
      const refused = await api.call(endpoint.payOrder, {
        id: order.id,
        body: {},
        key: refusalKey,
      });
      expectProblem(refused, 409, 'INVALID_TRANSITION', `pay ${order.id} (requested)`);
      const refusedAgain = await api.call(endpoint.payOrder, {
        id: order.id,
        body: {},
        key: refusalKey,
      });
      if (refusedAgain.status !== refused.status || !same(refusedAgain.body, refused.body)) {
        throw new Error(
          `a refusal sent again answered ${summary(refusedAgain)}, not the first answer`,
        );
      }
      // Marking read: the first answer's count, even once another mark has lowered it.
      const [firstUnread, secondUnread] = await find.unreadNotifications(2);
      const readKey = newKey();
      const markRead = (ids: string[], key = readKey) =>
        api.call(endpoint.markNotificationsRead, { key, body: { ids } });
      const marked = await markRead([firstUnread!.id]);
      expectOk<UnreadCount>(marked, `mark ${firstUnread!.id} read`);
      expectOk<UnreadCount>(
        await markRead([secondUnread!.id], newKey()),
        `mark ${secondUnread!.id} read`,
      );
      const markedAgain = await markRead([firstUnread!.id]);
      if (markedAgain.status !== marked.status || !same(markedAgain.body, marked.body)) {
        throw new Error(
          `marking read sent again answered ${summary(markedAgain)}, not the first answer ${summary(marked)}`,
        );
      }
      return `a restore request (keys of its body reordered), a refusal and a mark read, each answered as at first`;
    },
  },
  {
    name: 'the same key with another body answers 422 IDEMPOTENCY_KEY_REUSED, and changes nothing',
    run: async ({ api, find }) => {
      const order = await find.restorable();
      const key = newKey();
      expectOk(
        await api.call(endpoint.requestRestore, { key, body: restoreBody([order]) }),
        'restore',
      );
      const after = stateOf(await find.order(order.id));
      const other = restoreBody([order], 'Another message for the seller, please restore it.');
      const reused = await api.call(endpoint.requestRestore, { key, body: other });
      expectProblem(reused, 422, 'IDEMPOTENCY_KEY_REUSED', 'the same key with another message');
      // An order action too: cancel with one reason, then with another.
      const unpaid = await find.active('unpaid');
      const cancelKey = newKey();
      const cancel = (reason: string) =>
        api.call(endpoint.cancelOrder, { id: unpaid.id, key: cancelKey, body: { reason } });
      expectOk(await cancel('Found it cheaper elsewhere'), 'cancel');
      const cancelled = stateOf(await find.order(unpaid.id));
      expectProblem(
        await cancel('Ordered by mistake'),
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'cancel again',
      );
      if (
        stateOf(await find.order(order.id)) !== after ||
        stateOf(await find.order(unpaid.id)) !== cancelled
      ) {
        throw new Error('a request refused with 422 changed an order');
      }
      // Marking read: the same key for other notifications marks none of them.
      const [marked, notMarked] = await find.unreadNotifications(2);
      const readKey = newKey();
      const markRead = (ids: string[]) =>
        api.call(endpoint.markNotificationsRead, { key: readKey, body: { ids } });
      const { unread } = expectOk<UnreadCount>(await markRead([marked!.id]), 'mark read');
      expectProblem(
        await markRead([notMarked!.id]),
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'the same key marking another notification read',
      );
      expectProblem(
        await api.call(endpoint.markAllNotificationsRead, {
          key: readKey,
          body: { upTo: new Date().toISOString() },
        }),
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'the same key marking all read',
      );
      if ((await find.unread()) !== unread) {
        throw new Error('a mark read refused with 422 changed the unread notifications');
      }
      return 'a restore request with another message, a cancel with another reason, a mark read with other ids';
    },
  },
  {
    name: 'a change retried with its key after a lost answer is applied once',
    run: async (context) => {
      const { api, find } = context;
      // A restore request: the first answer never reached the client, so it sends it again.
      const order = await find.restorable();
      const before = await requestCount(context, order.id);
      const key = newKey();
      await restoreOnce(context, order, key);
      const retried = await restoreOnce(context, order, key);
      if (!retried.results[0]?.ok) throw new Error('the retry did not answer the request as sent');
      const requests = (await requestCount(context, order.id)) - before;
      if (requests !== 1)
        throw new Error(`order ${order.id} got ${requests} restore requests, not 1`);
      // Buy again: applied twice, it would place two orders.
      const source = await find.buyAgainSource();
      const active = async () =>
        expectOk<Counts>(await api.call(endpoint.getOrderCounts), 'counts').active.all;
      const placedBefore = await active();
      const buyKey = newKey();
      const buy = () => api.call(endpoint.buyAgain, { id: source.id, body: {}, key: buyKey });
      const first = expectOk<OrderDto>(await buy(), 'buy again');
      const second = expectOk<OrderDto>(await buy(), 'buy again, retried');
      if (first.id !== second.id)
        throw new Error(`the retry placed order ${second.id} besides ${first.id}`);
      const placed = (await active()) - placedBefore;
      if (placed !== 1) throw new Error(`buy again retried placed ${placed} orders, not 1`);
      return `a restore request and a buy again, each sent twice with one key, applied once`;
    },
  },
  {
    name: 'a change whose answer is lost (injected) is applied, and its retry answers it once',
    needs: 'faults',
    run: async (context) => {
      const order = await context.find.restorable();
      const before = await requestCount(context, order.id);
      const key = newKey();
      await context.options.faults!({
        route: 'POST /api/restore-requests',
        orderId: order.id,
        fault: { kind: 'lose-answer' },
      });
      const lost = await context.api
        .call(endpoint.requestRestore, { key, body: restoreBody([order]) })
        .then(
          (answer) => answer,
          () => null,
        );
      if (lost !== null) throw new Error(`the answer was not lost: ${summary(lost)}`);
      if ((await requestCount(context, order.id)) !== before + 1) {
        throw new Error('the request whose answer was lost was not applied');
      }
      const retried = await restoreOnce(context, order, key);
      if (!retried.results[0]?.ok)
        throw new Error('the retry did not answer the request as applied');
      if ((await requestCount(context, order.id)) !== before + 1)
        throw new Error('the retry was applied again');
      return `order ${order.id}: one restore request`;
    },
  },
  {
    name: '5xx answers are never stored: the retry with the same key is applied',
    needs: 'faults',
    run: async (context) => {
      const order = await context.find.restorable();
      const before = stateOf(await context.find.order(order.id));
      const key = newKey();
      await context.options.faults!({
        route: 'POST /api/restore-requests',
        orderId: order.id,
        fault: { kind: 'status', status: 503 },
      });
      const failed = await context.api.call(endpoint.requestRestore, {
        key,
        body: restoreBody([order]),
      });
      expectProblem(failed, 503, 'SERVICE_UNAVAILABLE', 'the request meeting the fault');
      if (stateOf(await context.find.order(order.id)) !== before) {
        throw new Error('a request answered 503 changed the order');
      }
      const retried = await restoreOnce(context, order, key);
      if (!retried.results[0]?.ok) {
        throw new Error(
          `the retry was answered ${JSON.stringify(retried.results[0]).slice(0, 200)}`,
        );
      }
      return `order ${order.id}: 503 stored nothing; the retry was applied`;
    },
  },
];
