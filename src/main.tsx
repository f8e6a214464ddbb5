import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { pushNotice } from './ui/notices';
import './ui/styles.css';

async function startMockBackend(): Promise<void> {
  // Statically false in a build with VITE_API_BASE_URL, so the mock's chunk is left out entirely.
  if (import.meta.env.VITE_API_BASE_URL) return;
  const { startMockWorker } = await import('../mocks/browser');
  const mock = await startMockWorker();
  mock.onNotice((text) => pushNotice(text));
}

const root = createRoot(document.getElementById('root')!);

startMockBackend().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) => {
    console.error(error);
    root.render(
      <main className="page">
        <h1>Order Restore could not start</h1>
        <p>The demo backend did not start in this browser. Reload the page to try again.</p>
      </main>,
    );
  },
);
