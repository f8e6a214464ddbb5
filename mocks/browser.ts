import { setupWorker } from 'msw/browser';
import { getBackend, useStore, type NoticeListener } from './backend';
import { handlers } from './handlers';
import { createBrowserStore } from './storage';
import { readSwitches, withoutSwitches } from './switches';

export type MockStart = {
  /** Notices for the buyer (e.g. saved demo data that had to be reset). */
  onNotice: (listener: NoticeListener) => () => void;
  /** Called when another tab changed the data. */
  onOtherTabChange: (listener: () => void) => () => void;
};

/** Starts the mock backend in the browser; the app renders only once this resolves. */
export async function startMockWorker(): Promise<MockStart> {
  const backend = useStore(createBrowserStore());
  const switches = readSwitches(new URLSearchParams(window.location.search));
  backend.start(switches, Date.now());
  const clean = withoutSwitches(window.location.href);
  if (clean !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', clean);
  }
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    onNotice: (listener) => getBackend().onNotice(listener),
    onOtherTabChange: (listener) => getBackend().listenForOtherTabs(listener),
  };
}
