/**
 * The languages' catalogs (src/locales/<code>/messages.po), compiled at build time, each in parts
 * (src/i18n/catalog-parts.ts): one lazy chunk per language and part, imported only when that
 * language is chosen and that part's code is needed.
 */
import type { Messages } from '@lingui/core';
import type { CatalogPart } from './catalog-parts';
import type { AppLocale } from './locales';

type Catalog = { readonly messages: Messages };
type Loaders = Readonly<Record<string, () => Promise<Catalog>>>;

// `?part=` is built into that part's messages by scripts/i18n/split-catalog.ts.
const PARTS: Readonly<Record<CatalogPart, Loaders>> = {
  core: import.meta.glob<Catalog>('../locales/*/messages.po', { query: { part: 'core' } }),
  deleted: import.meta.glob<Catalog>('../locales/*/messages.po', { query: { part: 'deleted' } }),
  record: import.meta.glob<Catalog>('../locales/*/messages.po', { query: { part: 'record' } }),
  later: import.meta.glob<Catalog>('../locales/*/messages.po', { query: { part: 'later' } }),
};

const loading = new Map<string, Promise<Messages>>();

/** One part of one language's compiled messages, fetched once however often it is asked for. */
export function loadCatalog(locale: AppLocale, part: CatalogPart = 'core'): Promise<Messages> {
  const key = `${locale} ${part}`;
  let messages = loading.get(key);
  if (!messages) {
    const load = PARTS[part][`../locales/${locale}/messages.po`];
    messages = load
      ? load().then((catalog) => catalog.messages)
      : Promise.reject(new Error(`No catalog for ${locale}`));
    messages.catch(() => loading.delete(key));
    loading.set(key, messages);
  }
  return messages;
}

const wanted = new Set<CatalogPart>(['core']);

/** Notes that the app shows a part's messages from now on: each language it switches to loads them. */
export function wantCatalogPart(part: CatalogPart): void {
  wanted.add(part);
}

/** The parts the app has needed so far, `core` first. */
export function wantedCatalogParts(): readonly CatalogPart[] {
  return [...wanted];
}
