/**
 * Imported first by main.tsx, so it runs before most of the app is evaluated: it starts fetching
 * the code of the screen being opened while React and the rest of the app start up.
 */
import { preloadScreen } from './screens';

export const earlyScreen: Promise<unknown> = preloadScreen(window.location.pathname).catch(
  () => undefined,
);
