/**
 * The mock's writes (product.md §6): every one decided by the domain machine, every one requiring
 * an Idempotency-Key. The same key with the same body gives the first answer and changes nothing;
 * the same key with another body is refused; 5xx answers are never stored.
 */
import {
  delay,
  http,
  HttpResponse,
  type DefaultBodyType,
  type PathParams,
  type StrictRequest,
} from 'msw';
import type * as z from 'zod/mini';
import type { RestoreResults, UnreadCount } from '../src/api/contract';
import {
  idempotencyKeySchema,
  mswPath,
  typedEndpoint as endpoint,
  type Endpoint,
} from '../src/api/endpoints';
import { toOrderDto } from '../src/api/order-mapping';
import { isOrderId, type OrderId } from '../src/domain/ids';
import { fromIso } from '../src/domain/time';
import { getBackend, type Transaction } from './backend';
import type { MutationOutcome } from './db';
import { mutationFault } from './faults';
import { faultResponse, invalidOrderId, logged, validationProblem } from './http';
import { problem, problemResponse } from './problem';
import { hash32 } from './random';
import type { JournalEntry, Mutation } from './storage';

type Answer = { status: number; body: unknown };

async function outcomeAnswer(outcome: MutationOutcome): Promise<Answer> {
  switch (outcome.kind) {
    case 'order':
      return { status: 200, body: toOrderDto(outcome.order) };
    case 'refused':
      return {
        status: outcome.refused.status,
        body: problem(outcome.refused.status, outcome.refused.code, outcome.refused.detail),
      };
    case 'built':
      return { status: 200, body: { ids: outcome.ids } };
    case 'unread': {
      const body: UnreadCount = { unread: await outcome.count() };
      return { status: 200, body };
    }
    case 'restore': {
      const body: RestoreResults = {
        results: outcome.results.map((result) =>
          result.ok
            ? { orderId: result.orderId, ok: true, order: toOrderDto(result.order) }
            : {
                orderId: result.orderId,
                ok: false,
                error: problem(result.refused.status, result.refused.code, result.refused.detail),
              },
        ),
      };
      return { status: 200, body };
    }
  }
}

/** First answers given in this page, so a retry is answered without replaying the journal. */
const answers = new Map<string, Answer>();
const MAX_REMEMBERED = 200;

function rememberAnswer(resetAt: number, key: string, answer: Answer): void {
  answers.set(`${resetAt}|${key}`, answer);
  if (answers.size > MAX_REMEMBERED) answers.delete(answers.keys().next().value!);
}

function cachedAnswer(resetAt: number, key: string): Answer | undefined {
  return answers.get(`${resetAt}|${key}`);
}

function toResponse(answer: Answer): Response {
  const problemJson = answer.status >= 400;
  return HttpResponse.json(answer.body as Record<string, unknown>, {
    status: answer.status,
    headers: problemJson ? { 'Content-Type': 'application/problem+json' } : undefined,
  });
}

/** Key order does not matter: a body is fingerprinted by its canonical JSON. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function fingerprint(method: string, path: string, body: unknown): string {
  const text = `${method} ${path} ${canonical(body)}`;
  return `${hash32('a', text).toString(16)}${hash32('b', text).toString(16)}${text.length.toString(16)}`;
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

type Prepared =
  | { kind: 'response'; response: Response }
  | { kind: 'mutation'; build: (tx: Transaction, at: number) => Mutation | Answer };

type MutationSpec<S extends z.ZodMiniType> = {
  endpoint: Endpoint & { readonly method: 'post' | 'delete'; readonly body: S };
  /** Turns a valid request into a journal change, or answers at once (e.g. an unknown order). */
  prepare: (input: { params: PathParams; body: z.infer<S> }) => Prepared;
};

function mutation<S extends z.ZodMiniType>(spec: MutationSpec<S>) {
  /** Everything between the request arriving and its answer leaving. */
  async function answer(
    request: StrictRequest<DefaultBodyType>,
    params: PathParams,
    body: { ok: true; value: unknown } | { ok: false },
  ): Promise<Response> {
    const backend = getBackend();
    const { latency, scenario, seed, resetAt } = backend.settings;
    // As on a network: half the latency on the way in, half on the way back. A request that has
    // arrived is applied (and stored) even if the page that sent it is gone before the answer.
    const inbound = Math.floor(latency / 2);
    if (inbound > 0) await delay(inbound);

    const key = request.headers.get('Idempotency-Key');
    if (key === null || key.trim() === '') {
      return problemResponse(
        problem(
          400,
          'IDEMPOTENCY_KEY_REQUIRED',
          'Send an Idempotency-Key header with every change, so that a retry never applies it twice.',
        ),
      );
    }
    const keyCheck = idempotencyKeySchema.safeParse(key);
    if (!keyCheck.success) {
      return validationProblem(
        keyCheck.error.issues.map((issue) => ({
          path: ['Idempotency-Key'],
          message: issue.message,
        })),
      );
    }
    if (!body.ok) {
      return problemResponse(
        problem(400, 'VALIDATION_FAILED', 'The body is not valid JSON.', [
          { path: '(body)', message: 'The body is not valid JSON.' },
        ]),
      );
    }
    const parsed = spec.endpoint.body.safeParse(body.value);
    if (!parsed.success) return validationProblem(parsed.error.issues);
    const prepared = spec.prepare({ params, body: parsed.data });
    if (prepared.kind === 'response') return prepared.response;

    const url = new URL(request.url);
    // QA's fault for this call, if any (mocks/control.ts).
    const injected = backend.control.take(resetAt, request.method, url.pathname, body.value);
    if (injected?.kind === 'status') return faultResponse(injected);

    const print = fingerprint(request.method, url.pathname, body.value);
    const firstAttempt = !backend.seenKeys.has(key);
    backend.seenKeys.add(key);
    const fault = firstAttempt
      ? mutationFault(scenario, seed, backend.nextMutationOrdinal())
      : 'none';
    if (fault === 'fail-before-applying') {
      return problemResponse(
        problem(
          503,
          'SERVICE_UNAVAILABLE',
          'The service is busy. Nothing was changed; please try again.',
        ),
      );
    }

    const answered = await backend.transaction(async (tx): Promise<Answer> => {
      const earlier = tx.journal.find((entry) => entry.key === key);
      if (earlier) {
        if (earlier.fingerprint !== print) {
          return {
            status: 422,
            body: problem(
              422,
              'IDEMPOTENCY_KEY_REUSED',
              'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
            ),
          };
        }
        return (
          cachedAnswer(backend.settings.resetAt, key) ??
          (await outcomeAnswer(await backend.replay(earlier)))
        );
      }
      const at = Date.now();
      const built = prepared.build(tx, at);
      if (!('op' in built)) return built;
      const entry: Omit<JournalEntry, 'seq'> = { at, key, fingerprint: print, request: built };
      const first = await outcomeAnswer(tx.append(entry).outcome);
      rememberAnswer(backend.settings.resetAt, key, first);
      return first;
    });

    if (latency - inbound > 0) await delay(latency - inbound);
    if (injected?.kind === 'delay') await delay(injected.ms);
    // The change is applied and stored, but the answer never arrives: the client must retry with its key.
    if (fault === 'lose-answer' || injected?.kind === 'lose-answer') return HttpResponse.error();
    return toResponse(answered);
  }

  const resolver = async ({
    request,
    params,
  }: {
    request: StrictRequest<DefaultBodyType>;
    params: PathParams;
  }) => {
    const url = new URL(request.url);
    const body = await readJson(request);
    return logged(request, url, body.ok ? body.value : '(not JSON)', () =>
      answer(request, params, body),
    );
  };
  const path = mswPath(spec.endpoint);
  return spec.endpoint.method === 'post' ? http.post(path, resolver) : http.delete(path, resolver);
}

/** An order action on `/api/orders/:id/...`: a malformed or unknown id is answered before anything is stored. */
function orderAction<S extends z.ZodMiniType>(
  action: MutationSpec<S>['endpoint'],
  toMutation: (id: OrderId, body: z.infer<S>, tx: Transaction) => Mutation,
) {
  return mutation({
    endpoint: action,
    prepare: ({ params, body: parsed }) => {
      const id = String(params.id);
      if (!isOrderId(id)) return { kind: 'response', response: invalidOrderId() };
      return {
        kind: 'mutation',
        build: (tx, at) =>
          tx.db.get(id, at) ? toMutation(id, parsed, tx) : { status: 404, body: notFoundBody(id) },
      };
    },
  });
}

function notFoundBody(id: string) {
  return problem(404, 'NOT_FOUND', `No order ${id} was found in your account.`);
}

export const mutationHandlers = [
  orderAction(endpoint.payOrder, (orderId) => ({
    op: 'pay',
    orderId,
  })),
  orderAction(endpoint.cancelOrder, (orderId, body) => ({
    op: 'cancel',
    orderId,
    reason: body.reason,
  })),
  orderAction(endpoint.confirmReceipt, (orderId) => ({
    op: 'confirmReceipt',
    orderId,
  })),
  orderAction(endpoint.buyAgain, (orderId, _body, tx) => ({
    op: 'buyAgain',
    orderId,
    newOrderId: tx.db.newOrderIdFor(orderId, tx.journal.length),
  })),
  orderAction(endpoint.withdrawRestoreRequest, (orderId) => ({
    op: 'withdraw',
    orderId,
  })),
  mutation({
    endpoint: endpoint.requestRestore,
    prepare: ({ body }) => ({
      kind: 'mutation',
      build: () => ({
        op: 'restore',
        items: body.items.map((item) => ({ orderId: item.orderId, reason: item.reason })),
        message: body.message,
      }),
    }),
  }),
  mutation({
    endpoint: endpoint.markNotificationsRead,
    prepare: ({ body }) => ({
      kind: 'mutation',
      build: () => ({ op: 'readNotifications', ids: body.ids }),
    }),
  }),
  mutation({
    endpoint: endpoint.markAllNotificationsRead,
    prepare: ({ body }) => ({
      kind: 'mutation',
      build: () => ({ op: 'readAllNotifications', upTo: fromIso(body.upTo) }),
    }),
  }),
];
