/**
 * The browser the e2e suite and the bench drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's
 * Chromium, else (undefined) Playwright's own. Nothing can download a browser on the CI machine.
 */
import { existsSync } from 'node:fs';

export const chromiumExecutable =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ||
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags for a headless Chromium in a container, without background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
