// First: starts loading the opened screen's code before anything else runs.
import { earlyScreen, startLocale } from './app/early-preload';
import { t } from '@lingui/core/macro';
import { StrictMode } from 'react';
import type { MockNotice } from '../mocks/storage';
import { createRoot } from 'react-dom/client';
import { waitForBackend } from './api/client';
import { App } from './app/app';
import { takeMockSwitches } from './app/boot';
import { preloadScreen } from './app/lazy-route';
import { activateLocale } from './i18n/activate';
import { takeLanguageSwitch } from './i18n/choose-locale';
import { DEFAULT_LOCALE } from './i18n/locales';
import { afterPaint } from './ui/after-paint';
import { pushNotice } from './ui/notices';
import './ui/styles.css';

/** The demo backend's notices about its own storage, in the buyer's words. */
function mockNoticeText(notice: MockNotice): string {
  switch (notice) {
    case 'storage_unreadable':
      return t`Your saved demo data could not be read, so the demo was reset to fresh data.`;
    case 'storage_old_version':
      return t`Your saved demo data came from an older version of the app, so the demo was reset.`;
    case 'storage_full':
      return t`This browser's storage is full, so your latest changes will be lost when you reload.`;
  }
}

async function startMockBackend(search: string, firstPaint: Promise<void>): Promise<void> {
  await firstPaint;
  const { startMockWorker } = await import('../mocks/browser');
  const mock = await startMockWorker(search);
  mock.onNotice((notice) => pushNotice(mockNoticeText(notice)));
}

/** The buyer's language before anything renders (no flash of English); English if it fails. */
async function startLanguage(): Promise<void> {
  takeLanguageSwitch(window.location, window.history);
  try {
    await activateLocale(startLocale);
  } catch (error) {
    console.error(error);
    await activateLocale(DEFAULT_LOCALE);
  }
}

const root = createRoot(document.getElementById('root')!);
// The app renders as soon as the first screen's code is here; a returning buyer's lists show
// from the last visit at once. Requests wait for the backend.
const firstPaint = Promise.all([
  earlyScreen
    // Marks the screen as loaded, so it renders without a Suspense fallback.
    .then(() => preloadScreen(window.location.pathname))
    .catch(() => undefined),
  startLanguage(),
])
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
      t`The demo backend did not start in this browser. Reload the page to try again.`,
      'error',
    );
  });
}
