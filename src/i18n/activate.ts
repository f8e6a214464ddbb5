/**
 * Switches the app to a language: loads its catalog (every part the app has needed so far,
 * src/i18n/catalog-parts.ts), activates it in Lingui's one `i18n` instance, and sets
 * `<html lang dir>`. Nothing renders in a language before its catalog is here, so there is no
 * flash of English. Code that loads on demand loads its part with it (`loadMessages`,
 * `withMessages`).
 */
import { i18n, type Messages } from '@lingui/core';
import type { CatalogPart } from './catalog-parts';
import { loadCatalog, wantCatalogPart, wantedCatalogParts } from './catalogs';
import { browserLanguages } from './choose-locale';
import { directionOf, htmlLangOf, intlLocaleOf, type AppLocale } from './locales';

// A message shown before its part was loaded reads as its id: say so where QA and tests look.
i18n.on('missing', ({ id, locale }) => {
  console.error(`Message ${id} is not loaded in ${locale} (src/i18n/catalog-parts.ts).`);
});

let activation: Promise<void> = Promise.resolve();

export function activateLocale(locale: AppLocale): Promise<void> {
  const activating = activate(locale);
  activation = activating.catch(() => undefined);
  return activating;
}

async function activate(locale: AppLocale): Promise<void> {
  let parts: readonly CatalogPart[];
  let loaded: Messages[];
  do {
    parts = wantedCatalogParts();
    loaded = await Promise.all(parts.map((part) => loadCatalog(locale, part)));
  } while (wantedCatalogParts().length > parts.length);
  // `locales` is what dates and numbers are written with, by Lingui (a plural's `#`) and by
  // src/i18n/format.ts alike.
  i18n.loadAndActivate({
    locale,
    locales: intlLocaleOf(locale, browserLanguages()),
    messages: Object.assign({}, ...loaded) as Messages,
  });
  if (typeof document !== 'undefined') {
    const html = document.documentElement;
    html.lang = htmlLangOf(locale);
    html.dir = directionOf(locale);
  }
}

/** Loads a part of the catalog in the active language (and in every language switched to later). */
export async function loadMessages(part: CatalogPart): Promise<void> {
  wantCatalogPart(part);
  await activation;
  const locale = i18n.locale as AppLocale;
  if (!locale) return; // the first activation, still to come, loads it
  const messages = await loadCatalog(locale, part);
  // Added to the active language's messages in place: `i18n.load` would make every `<Trans>` and
  // `useLingui` on the page render again, for messages none of them shows yet.
  if (i18n.locale === locale) Object.assign(i18n.messages, messages);
}

/** `load` (a lazy component's import) that also loads the messages of its part. */
export function withMessages<T>(part: CatalogPart, load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadMessages(part)]).then(([module]) => module);
}

export { i18n };
