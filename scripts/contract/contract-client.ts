/**
 * The suite's one way to call a backend: every answer of every call is judged against the
 * endpoint table (`src/api/endpoints.ts`), whatever the check that made the call was looking for.
 * A 200 must match the endpoint's answer schema; anything else must be problem+json with a
 * status and code the table lists for that endpoint. What does not is kept as a violation, and
 * the check that made the call fails with it.
 */
import { problemSchema, type Problem } from '../../src/api/contract';
import type { Endpoint } from '../../src/api/endpoints';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export type Answer = {
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
  /** How long the answer took, in milliseconds (the load script reports it). */
  readonly ms: number;
};

export type Call = {
  /** The `{id}` of the path, sent as given (malformed ones too). */
  readonly id?: string;
  readonly query?: Readonly<Record<string, string>>;
  /** JSON-encoded unless it is already a string (to send text that is not JSON). */
  readonly body?: unknown;
  /** `Idempotency-Key`; `null` sends none. Changes get a fresh key when it is left out. */
  readonly key?: string | null;
};

let keyCounter = 0;

/** A key no earlier run used: the time, a counter and some randomness. */
export function newKey(prefix = 'contract'): string {
  keyCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${keyCounter}-${Math.random().toString(36).slice(2, 10)}`;
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export function label(e: Endpoint): string {
  return `${e.method.toUpperCase()} ${e.path}`;
}

export class ContractClient {
  readonly violations: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly fetchFn: Fetch,
  ) {}

  url(e: Endpoint, call: Call = {}): string {
    const path = e.path.replace('{id}', encodeURIComponent(call.id ?? ''));
    const url = new URL(path, this.baseUrl);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      url.searchParams.set(name, value);
    }
    return url.toString();
  }

  /** Sends one request; throws only when no answer arrives at all (a lost answer). */
  async call(e: Endpoint, call: Call = {}): Promise<Answer> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const key = call.key === undefined ? (e.idempotent ? newKey() : null) : call.key;
    if (key !== null) headers['Idempotency-Key'] = key;
    let body: string | undefined;
    if (call.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
    }
    const started = performance.now();
    const response = await this.fetchFn(this.url(e, call), {
      method: e.method.toUpperCase(),
      headers,
      body,
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // Kept as text: judged below as an answer that is not JSON.
    }
    const answer: Answer = { status: response.status, contentType, body: parsed, ms };
    this.judge(e, call, answer);
    return answer;
  }

  private judge(e: Endpoint, call: Call, answer: Answer): void {
    const where = `${label(e)}${call.id !== undefined ? ` (id ${call.id})` : ''}`;
    if (answer.status === 200) {
      if (!answer.contentType.includes('json')) {
        this.violations.push(`${where}: a 200 answer of type "${answer.contentType}", not JSON`);
        return;
      }
      const checked = e.answer.safeParse(answer.body);
      if (!checked.success) {
        this.violations.push(
          `${where}: the 200 answer does not match its schema (${describeIssues(checked.error.issues)})`,
        );
      }
      return;
    }
    if (!answer.contentType.startsWith('application/problem+json')) {
      this.violations.push(
        `${where}: a ${answer.status} answer of type "${answer.contentType}", not application/problem+json`,
      );
      return;
    }
    const problem = problemSchema.safeParse(answer.body);
    if (!problem.success) {
      this.violations.push(
        `${where}: the ${answer.status} answer is not a problem object (${describeIssues(problem.error.issues)})`,
      );
      return;
    }
    if (problem.data.status !== answer.status) {
      this.violations.push(
        `${where}: answered ${answer.status} with a problem whose status is ${problem.data.status}`,
      );
    }
    const listed = e.problems.find((entry) => entry.status === answer.status);
    if (!listed?.codes.includes(problem.data.code)) {
      this.violations.push(
        `${where}: ${answer.status} ${problem.data.code} is not an answer the contract lists for it`,
      );
    }
  }
}

/** The answer's problem, or a failure saying what came instead. */
export function expectProblem(answer: Answer, status: number, code: string, what: string): Problem {
  const parsed = problemSchema.safeParse(answer.body);
  if (answer.status !== status || !parsed.success || parsed.data.code !== code) {
    throw new Error(`${what}: expected ${status} ${code}, got ${summary(answer)}`);
  }
  return parsed.data;
}

/** A validation problem must say where: one of its `errors[].path` is the field (or inside it). */
export function expectInvalidAt(answer: Answer, path: string, what: string): void {
  const problem = expectProblem(answer, 400, 'VALIDATION_FAILED', what);
  const paths = (problem.errors ?? []).map((error) => error.path);
  if (!paths.some((found) => found === path || found.startsWith(`${path}.`))) {
    throw new Error(
      `${what}: expected errors[].path "${path}", got ${paths.length ? paths.map((p) => `"${p}"`).join(', ') : 'no errors[]'}`,
    );
  }
}

export function expectOk<T>(answer: Answer, what: string): T {
  if (answer.status !== 200) throw new Error(`${what}: expected 200, got ${summary(answer)}`);
  return answer.body as T;
}

/** "409 INVALID_TRANSITION (…detail…)" or "200": what a failure message shows of an answer. */
export function summary(answer: Answer): string {
  const problem = problemSchema.safeParse(answer.body);
  if (problem.success) return `${answer.status} ${problem.data.code} (${problem.data.detail})`;
  return `${answer.status}${answer.status === 200 ? '' : ` ${JSON.stringify(answer.body).slice(0, 160)}`}`;
}
