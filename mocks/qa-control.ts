/**
 * QA's control of a running mock, once for both ways in: the browser bridge
 * (`window.orderRestoreMock`, mocks/browser.ts) and the HTTP server's `/__mock/` endpoints
 * (mocks/qa-handlers.ts). Each call acts on the backend the handlers use at that moment.
 */
import type { OrderId } from '../src/domain/ids';
import type { MockBackend } from './backend';
import { routeMatcher, type FaultSpec, type ReceivedRequest } from './control';
import type { JournalEntry, MockSettings } from './storage';

export type QaControl = {
  /** Parses the spec (throws a ZodError when it is not one) and arms it. */
  fail(spec: unknown): FaultSpec;
  clearFaults(): void;
  put(spec: unknown, count?: number): Promise<OrderId[]>;
  /** What the backend received since the last reset, oldest first; `route` as in a fault. */
  requests(route?: string): ReceivedRequest[];
  journal(): JournalEntry[];
  settings(): MockSettings;
};

export function qaControl(backend: () => MockBackend): QaControl {
  return {
    fail: (spec) => backend().control.addFault(spec, backend().settings.resetAt),
    clearFaults: () => backend().control.clearFaults(backend().settings.resetAt),
    put: (spec, count) => backend().put(spec, count),
    requests: (route) => {
      const all = backend().control.received(backend().settings.resetAt);
      if (!route) return [...all];
      const matcher = routeMatcher(route);
      return all.filter(
        (request) =>
          (matcher.method === '*' || matcher.method === request.method) &&
          matcher.test(request.path) !== null,
      );
    },
    journal: () => [...backend().journal],
    settings: () => backend().settings,
  };
}
