// First: starts loading the opened screen's code before anything else runs.
import { earlyScreen } from './app/early-preload';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { waitForBackend } from './api/client';
import { App } from './app/app';
import { takeMockSwitches } from './app/boot';
import { preloadScreen } from './app/lazy-route';
import { pushNotice } from './ui/notices';
import './ui/styles.css';

/** After the next paint: the first screen shows before heavier work starts. */
const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function startMockBackend(search: string, firstPaint: Promise<void>): Promise<void> {
  await firstPaint;
  const { startMockWorker } = await import('../mocks/browser');
  const mock = await startMockWorker(search);
  mock.onNotice((text) => pushNotice(text));
}

const root = createRoot(document.getElementById('root')!);
// The app renders as soon as the first screen's code is here; a returning buyer's lists show
// from the last visit at once. Requests wait for the backend.
const firstPaint = earlyScreen
  // Marks the screen as loaded, so it renders without a Suspense fallback.
  .then(() => preloadScreen(window.location.pathname))
  .catch(() => undefined)
  .then(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
  .then(afterPaint);

// Statically false in a build with VITE_API_BASE_URL, so the mock's chunk is left out entirely.
if (!import.meta.env.VITE_API_BASE_URL) {
  const ready = startMockBackend(takeMockSwitches(window.location, window.history), firstPaint);
  waitForBackend(ready);
  ready.catch((error: unknown) => {
    console.error(error);
    pushNotice(
      'The demo backend did not start in this browser. Reload the page to try again.',
      'error',
    );
  });
}
