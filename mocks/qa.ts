/**
 * What QA uses to control the mock inside one flow (product.md §13, README "Writing a QA flow"):
 * the typed order builder's helpers, and the bridge the demo build puts on `window` for Playwright
 * (and anyone with the browser's console) to reach the mock's own handlers.
 */
import type { FaultSpec, ReceivedRequest } from './control';
import type { OrderSpec } from './order-builder';
import type { JournalEntry, MockSettings } from './storage';

export type { FaultSpec, OrderSpec, ReceivedRequest };

type Options = Omit<OrderSpec, 'status'>;

/** Order specs by where the order is now; every option has a default. */
export const orders = {
  unpaid: (options: Options = {}): OrderSpec => ({ ...options, status: 'unpaid' }),
  paid: (options: Options = {}): OrderSpec => ({ ...options, status: 'paid' }),
  shipped: (options: Options = {}): OrderSpec => ({ ...options, status: 'shipped' }),
  finished: (options: Options = {}): OrderSpec => ({ ...options, status: 'finished' }),
  refunding: (options: Options = {}): OrderSpec => ({ ...options, status: 'refunding' }),
  /** Cancelled and still restorable by default (10:00 of its window left, or its refund days away). */
  cancelled: (options: Options = {}): OrderSpec => ({ ...options, status: 'cancelled' }),
  /** A restore request waiting for the seller (who never answers unless `sellerAnswer` says). */
  requested: (options: Options = {}): OrderSpec => ({
    ...options,
    status: 'restoration_requested',
  }),
};

/** `window.orderRestoreMock` in the demo build. */
export type MockBridge = {
  /** True once the mock answers every request of the page, the app's own or not. */
  readonly isReady: boolean;
  readonly ready: Promise<void>;
  /** The next `times` calls of `route` (optionally about one order) meet `fault`. */
  fail(spec: FaultSpec): FaultSpec;
  clearFaults(): void;
  /** Puts `count` orders of this spec in the data; answers with their numbers. */
  put(spec: OrderSpec, count?: number): Promise<string[]>;
  /** What this tab's backend received (across reloads), oldest first; `route` as in a fault. */
  requests(route?: string): ReceivedRequest[];
  /** The changes the backend recorded, oldest first. */
  journal(): JournalEntry[];
  settings(): MockSettings;
};

declare global {
  interface Window {
    orderRestoreMock?: MockBridge;
  }
}
