/**
 * The fetch client: relative `/api` URLs (or `VITE_API_BASE_URL`), answers checked against the
 * contract, errors turned into typed exceptions the UI can put into words.
 */
import type * as z from 'zod/mini';
import type * as Contract from './contract';
import type { Problem, ProblemCode } from './contract';

const apiBaseUrl: string = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '');

/** The server answered with a problem+json error. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get code(): ProblemCode {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
}

/** No answer at all: offline, the server unreachable, or an answer lost on the way. */
export class NetworkError extends Error {
  readonly offline: boolean;
  constructor(offline: boolean, options?: { cause?: unknown }) {
    super(offline ? "You're offline" : "Can't reach the server", options);
    this.name = 'NetworkError';
    this.offline = offline;
  }
}

/** The server answered, but not in the shape the contract promises. */
export class ContractError extends Error {
  constructor(path: string, cause: unknown) {
    super(`The server's answer to ${path} was not understood.`, { cause });
    this.name = 'ContractError';
  }
}

export type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  /** Required by every mutation; automatic retries reuse it, a new attempt gets a new one. */
  idempotencyKey?: string;
  /**
   * The answer's schema, picked from the contract module. The schemas (and zod) load in their own
   * chunk, side by side with the first request, so they are not part of the first view's code.
   */
  schema: (contract: typeof Contract) => z.ZodMiniType<T, unknown>;
  signal?: AbortSignal;
};

export function apiUrl(path: string): string {
  // Absolute even without a base URL, because Node's fetch (in tests) refuses relative ones.
  return apiBaseUrl ? `${apiBaseUrl}${path}` : new URL(path, globalThis.location.href).toString();
}

let backendReady: Promise<unknown> = Promise.resolve();

/**
 * The app renders at once; requests wait until the backend can answer (the mock's service worker
 * has started), so none slips past it to the network.
 */
export function waitForBackend(ready: Promise<unknown>): void {
  backendReady = ready;
}

let contractModule: Promise<typeof Contract> | undefined;

/** The contract's schemas, fetched once, when the first answer needs checking. */
export function loadContract(): Promise<typeof Contract> {
  contractModule ??= import('./contract');
  contractModule.catch(() => (contractModule = undefined));
  return contractModule;
}

export async function request<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const contract = loadContract();
  try {
    await backendReady;
  } catch (error) {
    throw new NetworkError(false, { cause: error });
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new NetworkError(typeof navigator !== 'undefined' && navigator.onLine === false, {
      cause: error,
    });
  }

  const payload: unknown = await response.json().catch(() => undefined);
  let schemas: typeof Contract;
  try {
    schemas = await contract;
  } catch (error) {
    throw new NetworkError(false, { cause: error });
  }
  if (!response.ok) {
    const problem = schemas.problemSchema.safeParse(payload);
    if (problem.success) throw new ApiError(problem.data);
    throw new ApiError({
      type: 'about:blank',
      title: response.statusText || 'Request failed',
      status: response.status,
      detail: `The server answered ${response.status} ${response.statusText}.`.trim(),
      code: response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'VALIDATION_FAILED',
    });
  }
  const parsed = options.schema(schemas).safeParse(payload);
  if (!parsed.success) throw new ContractError(path, parsed.error);
  return parsed.data;
}

/** Reads are retried with backoff only when retrying can help: no answer, or a 5xx. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof ApiError) return error.status >= 500;
  return false;
}
