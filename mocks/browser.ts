import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Starts the mock backend in the browser; the app renders only once this resolves. */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
