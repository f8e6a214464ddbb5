/** What every handler shares: latency, the db as it is now, validation problems. */
import {
  delay,
  HttpResponse,
  type DefaultBodyType,
  type PathParams,
  type StrictRequest,
} from 'msw';
import type * as z from 'zod/mini';
import { getBackend } from './backend';
import { faultCode, type Fault } from './control';
import type { MockDb } from './db';
import { readFails } from './faults';
import { problem, problemResponse } from './problem';

export const DEFAULT_PAGE_SIZE = 50;
export const DEFAULT_NOTIFICATION_PAGE_SIZE = 30;

type Context = {
  request: StrictRequest<DefaultBodyType>;
  params: PathParams;
  url: URL;
  db: MockDb;
  now: number;
};

/** The answer to a call that meets an injected status fault: problem+json, nothing applied. */
export function faultResponse(fault: Extract<Fault, { kind: 'status' }>): Response {
  const code = faultCode(fault);
  return problemResponse(
    problem(
      fault.status,
      code,
      code === 'SERVICE_UNAVAILABLE'
        ? 'The service is busy. Nothing was changed; please try again.'
        : `This request was refused (${fault.status}).`,
    ),
  );
}

/**
 * Latency first, then QA's faults, then the db as it is now (with other tabs' changes), then the
 * handler. Every call is logged as it arrives, with the status it is answered with.
 */
export function route(handler: (context: Context) => Response | Promise<Response>) {
  return async ({
    request,
    params,
  }: {
    request: StrictRequest<DefaultBodyType>;
    params: PathParams;
  }) => {
    const backend = getBackend();
    const { latency, scenario, seed, resetAt } = backend.settings;
    const url = new URL(request.url);
    return logged(request, url, null, async () => {
      if (latency > 0) await delay(latency);
      const fault = backend.control.take(resetAt, request.method, url.pathname, null);
      if (fault?.kind === 'status') return faultResponse(fault);
      if (fault?.kind === 'lose-answer') return HttpResponse.error();
      if (fault?.kind === 'delay') await delay(fault.ms);
      if (readFails(scenario, seed, backend.nextReadOrdinal())) {
        return problemResponse(
          problem(503, 'SERVICE_UNAVAILABLE', 'The service is busy; please try again.'),
        );
      }
      const db = await backend.db();
      return handler({ request, params, url, db, now: Date.now() });
    });
  };
}

/**
 * Logs a call as it arrives (for QA's `requests()`), runs `answer`, and records the status it
 * was answered with (none when the answer is lost).
 */
export async function logged(
  request: StrictRequest<DefaultBodyType>,
  url: URL,
  body: unknown,
  answer: () => Promise<Response>,
): Promise<Response> {
  const backend = getBackend();
  const log = backend.control.arrived(
    backend.settings.resetAt,
    {
      method: request.method,
      path: url.pathname,
      query: url.search,
      idempotencyKey: request.headers.get('Idempotency-Key'),
      body,
    },
    Date.now(),
  );
  const response = await answer();
  log.status = response.type === 'error' ? null : response.status;
  return response;
}

export function validationProblem(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  prefix = '',
) {
  const errors = issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
  const detail =
    errors.length === 1
      ? `${errors[0]!.path}: ${errors[0]!.message}`
      : `${errors.length} problems: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
  return problemResponse(problem(400, 'VALIDATION_FAILED', detail, errors));
}

export function parseQuery<S extends z.ZodMiniType>(
  schema: S,
  url: URL,
): { ok: true; data: z.infer<S> } | { ok: false; response: Response } {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: validationProblem(parsed.error.issues) };
}

export function orderNotFound(id: string) {
  return problemResponse(problem(404, 'NOT_FOUND', `No order ${id} was found in your account.`));
}

export function invalidCursor() {
  return problemResponse(
    problem(400, 'VALIDATION_FAILED', 'cursor: This cursor was not given by this API.', [
      { path: 'cursor', message: 'This cursor was not given by this API.' },
    ]),
  );
}

export function invalidOrderId() {
  return problemResponse(
    problem(400, 'VALIDATION_FAILED', 'id: An order number is 16 digits.', [
      { path: 'id', message: 'An order number is 16 digits.' },
    ]),
  );
}
