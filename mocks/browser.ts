import { setupWorker } from 'msw/browser';
import { getBackend, useStore, type NoticeListener } from './backend';
import { handlers } from './handlers';
import { createBrowserStore } from './storage';
import { readSwitches } from './switches';

export type MockStart = {
  /** Notices for the buyer (e.g. saved demo data that had to be reset). */
  onNotice: (listener: NoticeListener) => () => void;
};

/**
 * Starts the mock backend in the browser with the switches of the address the app was opened at
 * (the app has already removed them from the address bar). API requests wait for this.
 */
export async function startMockWorker(search: string): Promise<MockStart> {
  const backend = useStore(createBrowserStore());
  backend.start(readSwitches(new URLSearchParams(search)), Date.now());
  backend.listenForOtherTabs();
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    onNotice: (listener) => getBackend().onNotice(listener),
  };
}
