/**
 * Imported first by main.tsx, and importing only the route table (which imports nothing), so it
 * runs before React and the rest of the app are evaluated: it starts fetching the code of the
 * screen being opened right away. It calls the same `load` the router's screen does, so each
 * chunk is fetched once.
 */
import { screenRouteAt } from './route-table';

export const earlyScreen: Promise<unknown> = (
  screenRouteAt(window.location.pathname)?.load() ?? Promise.resolve()
).catch(() => undefined);
