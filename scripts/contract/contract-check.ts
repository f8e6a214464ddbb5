/** What a conformance check is, what it is given, and the helpers several checks share. */
import type { RestoreResults } from '../../src/api/contract';
import { endpoint, type Endpoint } from '../../src/api/endpoints';
import { CANCEL_REASON_MIN } from '../../src/domain/message';
import { ContractClient, expectOk, type Fetch } from './contract-client';
import { OrderFinder, RESTORE_MESSAGE, UNKNOWN_ORDER_ID } from './find-orders';

/** A fault the mock can be told to meet (the browser bridge's spec, mocks/control.ts). */
export type FaultRequest = {
  readonly route: string;
  readonly orderId?: string;
  readonly times?: number;
  readonly fault:
    { readonly kind: 'status'; readonly status: number } | { readonly kind: 'lose-answer' };
};

export type ContractOptions = {
  /** Where the API is: `http://127.0.0.1:8787` (paths are `/api/…` under it). */
  readonly baseUrl: string;
  readonly fetch: Fetch;
  /** Brings the backend to a known state; called before every check when given (the mock). */
  readonly reset?: () => Promise<void>;
  /** Makes the backend meet a fault; the checks that need one are skipped without it. */
  readonly faults?: (spec: FaultRequest) => Promise<void>;
  /** An order number of another buyer: it must answer exactly like one that does not exist. */
  readonly otherOrderId?: string;
};

export type CheckContext = {
  readonly api: ContractClient;
  readonly find: OrderFinder;
  readonly options: ContractOptions;
};

export type ContractCheck = {
  readonly name: string;
  /** What the check needs beyond the API; without it the check is skipped, saying why. */
  readonly needs?: 'faults' | 'otherOrderId';
  /** Resolves with a line saying what was checked; throws with what was wrong. */
  readonly run: (context: CheckContext) => Promise<string>;
};

export type CheckResult = {
  readonly name: string;
  readonly ok: boolean;
  readonly skipped?: true;
  readonly detail: string;
};

const SKIPPED_BECAUSE = {
  faults: 'needs a backend that can be told to fail (the mock: POST /__mock/faults)',
  otherOrderId: "needs another buyer's order number (--other-order ID)",
} as const;

export async function runCheck(
  check: ContractCheck,
  options: ContractOptions,
): Promise<CheckResult> {
  if (check.needs && options[check.needs] === undefined) {
    return { name: check.name, ok: true, skipped: true, detail: SKIPPED_BECAUSE[check.needs] };
  }
  const api = new ContractClient(options.baseUrl, options.fetch);
  try {
    await options.reset?.();
    const detail = await check.run({ api, find: new OrderFinder(api), options });
    if (api.violations.length > 0) {
      return { name: check.name, ok: false, detail: api.violations.join('\n  ') };
    }
    return { name: check.name, ok: true, detail };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name: check.name, ok: false, detail: [message, ...api.violations].join('\n  ') };
  }
}

/** The order actions on `/api/orders/{id}/…`, each with a body it accepts. */
export const ORDER_ACTIONS: ReadonlyArray<{ endpoint: Endpoint; body: unknown }> = [
  { endpoint: endpoint.payOrder, body: {} },
  { endpoint: endpoint.cancelOrder, body: { reason: 'Changed my mind'.padEnd(CANCEL_REASON_MIN) } },
  { endpoint: endpoint.confirmReceipt, body: {} },
  { endpoint: endpoint.buyAgain, body: {} },
  { endpoint: endpoint.withdrawRestoreRequest, body: {} },
];

/** The changes that are about no order (marking notifications read), each with a body it accepts. */
export const NOTIFICATION_CHANGES: ReadonlyArray<{ endpoint: Endpoint; body: unknown }> = [
  {
    endpoint: endpoint.markNotificationsRead,
    body: { ids: ['contract-check:not-a-notification'] },
  },
  { endpoint: endpoint.markAllNotificationsRead, body: { upTo: '2000-01-01T00:00:00.000Z' } },
];

/** Every change in the table, with a valid body for an order (restore: a request for it). */
export function changesFor(
  orderId: string,
  paid: boolean,
): ReadonlyArray<{ endpoint: Endpoint; id?: string; body: unknown }> {
  return [
    ...ORDER_ACTIONS.map((action) => ({ ...action, id: orderId })),
    {
      endpoint: endpoint.requestRestore,
      body: {
        items: [{ orderId, reason: paid ? 'changed_mind' : 'still_want_item' }],
        message: RESTORE_MESSAGE,
      },
    },
  ];
}

/**
 * A key the backend did not store can serve another request: a restore request for an unknown
 * order (answered 200, with a NOT_FOUND result) must not be refused with IDEMPOTENCY_KEY_REUSED.
 */
export async function expectKeysNotStored(
  api: ContractClient,
  keys: readonly string[],
): Promise<void> {
  for (const key of keys) {
    const answer = await api.call(endpoint.requestRestore, {
      key,
      body: { items: [{ orderId: UNKNOWN_ORDER_ID, reason: 'other' }], message: RESTORE_MESSAGE },
    });
    const { results } = expectOk<RestoreResults>(
      answer,
      `the key ${key} of a refused request, used again for another request (it must not have been stored)`,
    );
    const first = results[0];
    if (!first || first.ok || first.error.code !== 'NOT_FOUND') {
      throw new Error(
        `a restore request for unknown order ${UNKNOWN_ORDER_ID} did not answer NOT_FOUND for it`,
      );
    }
  }
}
