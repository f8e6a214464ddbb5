/**
 * Imported first by main.tsx, and importing only the route table and the language choice (which
 * import nothing heavy), so it runs before React and the rest of the app are evaluated: it starts
 * fetching the code of the screen being opened, and the catalog of the buyer's language, right
 * away and side by side. It calls the same `load` the router's screen does, so each chunk is
 * fetched once.
 */
import { loadCatalog, wantCatalogPart } from '../i18n/catalogs';
import { browserEnvironment, chooseLocale } from '../i18n/choose-locale';
import { screenRouteAt } from './route-table';

const screen = screenRouteAt(window.location.pathname);
if (screen) wantCatalogPart(screen.messages);

export const earlyScreen: Promise<unknown> = (screen?.load() ?? Promise.resolve()).catch(
  () => undefined,
);

export const startLocale = chooseLocale(browserEnvironment());
export const earlyCatalog: Promise<unknown> = Promise.all([
  loadCatalog(startLocale),
  screen && loadCatalog(startLocale, screen.messages),
]).catch(() => undefined);
