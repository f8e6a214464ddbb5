/**
 * The browsers the e2e suite and the bench drive. Nothing can download a browser on the CI
 * machine, so both come from Debian (`.ci/run` installs them with apt-get):
 * - `chromiumExecutable`: the full Chromium (PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's, else
 *   Playwright's own), for the bench and Lighthouse, which measure what buyers run;
 * - `headlessExecutable`: the headless shell for the e2e flows, as Playwright itself uses for
 *   headless Chromium: the same Blink and V8 without the browser's UI and GPU compositing, about
 *   half the CPU per flow (measured in the closing note of issue 17), else the full Chromium.
 */
import { existsSync } from 'node:fs';

export const chromiumExecutable =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ||
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const headlessExecutable =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ||
  (existsSync('/usr/bin/chromium-headless-shell')
    ? '/usr/bin/chromium-headless-shell'
    : chromiumExecutable);

/** Flags for a headless Chromium in a container, without background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
