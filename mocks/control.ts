/**
 * QA's control of the mock inside one flow (product.md §13), through the same handler list:
 * faults for the next N calls of one endpoint (optionally for one order), and the log of what the
 * backend received. Faults are stored beside the mock's data, so they hold across a reload and in
 * every tab, until they are used up or the data is reset.
 */
import * as z from 'zod/mini';
import type { ProblemCode } from '../src/api/contract';

export const faultSchema = z.strictObject({
  /** "POST /api/orders/:id/pay", "GET /api/orders", "/api/restore-requests" (any method). */
  route: z.string().check(z.regex(/^((GET|POST|DELETE|\*) )?\/api\/\S*$/)),
  /** Only calls about this order: the `:id` of the path, or an item of a restore request. */
  orderId: z.optional(z.string().check(z.regex(/^\d{16}$/))),
  /** How many matching calls meet the fault (default 1); retries count as calls. */
  times: z.optional(z.int().check(z.gte(1), z.lte(1_000))),
  fault: z.union([
    /** Answer with this status (problem+json) without applying anything. */
    z.strictObject({
      kind: z.literal('status'),
      status: z.int().check(z.gte(400), z.lte(599)),
      code: z.optional(z.string()),
    }),
    /** A change is applied and stored, but its answer never arrives (a read just gets no answer). */
    z.strictObject({ kind: z.literal('lose-answer') }),
    /** The answer comes this much later. */
    z.strictObject({ kind: z.literal('delay'), ms: z.int().check(z.gte(0), z.lte(120_000)) }),
  ]),
});

export type FaultSpec = z.infer<typeof faultSchema>;
export type Fault = FaultSpec['fault'];

const storedFaultSchema = z.object({ spec: faultSchema, remaining: z.int() });
type StoredFault = z.infer<typeof storedFaultSchema>;

const controlStateSchema = z.object({ resetAt: z.number(), faults: z.array(storedFaultSchema) });

type ControlState = z.infer<typeof controlStateSchema>;

/** A request as the backend received it, and the status it answered with (null: no answer yet, or lost). */
export type ReceivedRequest = {
  readonly seq: number;
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly idempotencyKey: string | null;
  readonly body: unknown;
  status: number | null;
};

export interface ControlStore {
  read(): string | null;
  write(text: string): void;
  /** What this tab's backend received before a reload (the log is per tab). */
  readLog(): string | null;
  writeLog(text: string): void;
}

export function createMemoryControlStore(): ControlStore {
  let text: string | null = null;
  let log: string | null = null;
  return {
    read: () => text,
    write: (value) => {
      text = value;
    },
    readLog: () => log,
    writeLog: (value) => {
      log = value;
    },
  };
}

const CONTROL_KEY = 'order-restore:mock:control';
const LOG_KEY = 'order-restore:mock:received';

export function createBrowserControlStore(): ControlStore {
  return {
    read: () => localStorage.getItem(CONTROL_KEY),
    write: (value) => localStorage.setItem(CONTROL_KEY, value),
    readLog: () => sessionStorage.getItem(LOG_KEY),
    writeLog: (value) => {
      try {
        sessionStorage.setItem(LOG_KEY, value);
      } catch {
        // Too much to keep across a reload: the log starts again after it.
      }
    },
  };
}

const DEFAULT_STATUS_CODE: Readonly<Record<number, ProblemCode>> = {
  400: 'VALIDATION_FAILED',
  404: 'NOT_FOUND',
  409: 'INVALID_TRANSITION',
  422: 'IDEMPOTENCY_KEY_REUSED',
};

/** The problem code an injected status answers with, unless the fault names one. */
export function faultCode(fault: Extract<Fault, { kind: 'status' }>): ProblemCode {
  return (
    (fault.code as ProblemCode | undefined) ??
    DEFAULT_STATUS_CODE[fault.status] ??
    (fault.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'VALIDATION_FAILED')
  );
}

export function routeMatcher(route: string): {
  method: string;
  test: (path: string) => RegExpMatchArray | null;
} {
  const [method, path] = route.includes(' ') ? route.split(' ', 2) : ['*', route];
  const pattern = path!
    .split('/')
    .map((segment) =>
      segment === '*'
        ? '[^/]+'
        : segment.startsWith(':')
          ? '([^/]+)'
          : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  const regex = new RegExp(`^${pattern}$`);
  return { method: method!, test: (candidate) => regex.exec(candidate) };
}

/** The orders a call is about: the path's number, or every item of a restore request. */
function ordersOf(path: string, body: unknown): string[] {
  const inPath = /^\/api\/orders\/(\d{16})(\/|$)/.exec(path)?.[1];
  if (inPath) return [inPath];
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    const id = (item as { orderId?: unknown } | null)?.orderId;
    return typeof id === 'string' ? [id] : [];
  });
}

const MAX_LOG = 500;

export class MockControl {
  private log: ReceivedRequest[] = [];
  private seq = 0;
  private logResetAt: number | null = null;

  constructor(private readonly store: ControlStore) {
    try {
      const stored = JSON.parse(store.readLog() ?? 'null') as {
        resetAt: number;
        log: ReceivedRequest[];
      } | null;
      if (stored && Array.isArray(stored.log)) {
        this.log = stored.log;
        this.logResetAt = stored.resetAt;
        this.seq = this.log.at(-1)?.seq ?? 0;
      }
    } catch {
      this.log = [];
    }
  }

  private state(resetAt: number): ControlState {
    try {
      const parsed = controlStateSchema.safeParse(JSON.parse(this.store.read() ?? 'null'));
      if (parsed.success && parsed.data.resetAt === resetAt) return parsed.data;
    } catch {
      // Unreadable: no faults.
    }
    return { resetAt, faults: [] };
  }

  private save(state: ControlState): void {
    this.store.write(JSON.stringify(state));
  }

  /** Adds a fault for the next calls that match it; answers with what it understood. */
  addFault(input: unknown, resetAt: number): FaultSpec {
    const spec = faultSchema.parse(input);
    const state = this.state(resetAt);
    this.save({ ...state, faults: [...state.faults, { spec, remaining: spec.times ?? 1 }] });
    return spec;
  }

  clearFaults(resetAt: number): void {
    this.save({ resetAt, faults: [] });
  }

  faults(resetAt: number): readonly StoredFault[] {
    return this.state(resetAt).faults;
  }

  /** The fault this call meets, if any (and one use of it is spent). */
  take(resetAt: number, method: string, path: string, body: unknown): Fault | null {
    const state = this.state(resetAt);
    if (state.faults.length === 0) return null;
    const index = state.faults.findIndex(({ spec, remaining }) => {
      if (remaining <= 0) return false;
      const matcher = routeMatcher(spec.route);
      if (matcher.method !== '*' && matcher.method !== method) return false;
      if (!matcher.test(path)) return false;
      return spec.orderId === undefined || ordersOf(path, body).includes(spec.orderId);
    });
    if (index < 0) return null;
    const hit = state.faults[index]!;
    const faults = state.faults
      .map((fault, at) => (at === index ? { ...fault, remaining: fault.remaining - 1 } : fault))
      .filter((fault) => fault.remaining > 0);
    this.save({ ...state, faults });
    return hit.spec.fault;
  }

  /** Notes a request as it arrives; the caller sets its status when it answers. */
  arrived(
    resetAt: number,
    request: Omit<ReceivedRequest, 'seq' | 'at' | 'status'>,
    at: number,
  ): ReceivedRequest {
    if (this.logResetAt !== resetAt) {
      this.log = [];
      this.logResetAt = resetAt;
    }
    this.seq += 1;
    const entry: ReceivedRequest = { ...request, seq: this.seq, at, status: null };
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    return entry;
  }

  received(resetAt: number): readonly ReceivedRequest[] {
    return this.logResetAt === resetAt ? this.log : [];
  }

  /** Keeps this tab's log across a reload (called as the page goes away). */
  persistLog(): void {
    this.store.writeLog(JSON.stringify({ resetAt: this.logResetAt, log: this.log }));
  }
}
