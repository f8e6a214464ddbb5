import { setupWorker } from 'msw/browser';
import { ORDERS_CHANGED_EVENT } from '../src/api/cross-tab';
import { getBackend, useStore, type NoticeListener } from './backend';
import { createBrowserControlStore } from './control';
import { handlers } from './handlers';
import type { MockBridge } from './qa';
import { qaControl } from './qa-control';
import { createBrowserStore } from './storage';
import { readSwitches } from './switches';

export type MockStart = {
  /** Notices for the buyer (e.g. saved demo data that had to be reset). */
  onNotice: (listener: NoticeListener) => () => void;
};

/** Resolves once this page is controlled by the service worker (on a first visit, after it claims it). */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  });
}

/** QA's way in (mocks/qa.ts): the same backend the handlers use. */
function installBridge(ready: Promise<void>): { setReady: () => void } {
  let isReady = false;
  const control = qaControl(getBackend);
  const bridge: MockBridge = {
    get isReady() {
      return isReady;
    },
    ready,
    fail: (spec) => control.fail(spec),
    clearFaults: () => control.clearFaults(),
    put: async (spec, count) => {
      const ids = await control.put(spec, count);
      // The page shows them at once, as it shows another tab's changes.
      window.dispatchEvent(new Event(ORDERS_CHANGED_EVENT));
      return ids;
    },
    requests: (route) => control.requests(route),
    journal: () => control.journal(),
    settings: () => control.settings(),
  };
  window.orderRestoreMock = bridge;
  return {
    setReady: () => {
      isReady = true;
    },
  };
}

/**
 * Starts the mock backend in the browser with the switches of the address the app was opened at
 * (the app has already removed them from the address bar). API requests wait for this.
 */
export async function startMockWorker(search: string): Promise<MockStart> {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const bridge = installBridge(ready);
  const backend = useStore(createBrowserStore(), createBrowserControlStore());
  backend.start(readSwitches(new URLSearchParams(search)), Date.now());
  backend.listenForOtherTabs();
  // What this tab's backend received is kept across a reload of the tab.
  window.addEventListener('pagehide', () => getBackend().control.persistLog());
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  await controlled();
  bridge.setReady();
  markReady();
  return {
    onNotice: (listener) => getBackend().onNotice(listener),
  };
}
