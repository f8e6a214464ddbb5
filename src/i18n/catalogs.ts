/**
 * One lazy chunk per language: each catalog (src/locales/<code>/messages.po) is compiled at build
 * time by @lingui/vite-plugin and imported only when that language is chosen.
 */
import type { Messages } from '@lingui/core';
import type { AppLocale } from './locales';

type Catalog = { readonly messages: Messages };

const CATALOGS: Readonly<Record<AppLocale, () => Promise<Catalog>>> = {
  en: () => import('../locales/en/messages.po'),
  es: () => import('../locales/es/messages.po'),
  'pt-BR': () => import('../locales/pt-BR/messages.po'),
  fr: () => import('../locales/fr/messages.po'),
  ar: () => import('../locales/ar/messages.po'),
  ja: () => import('../locales/ja/messages.po'),
  pseudo: () => import('../locales/pseudo/messages.po'),
};

const loading = new Map<AppLocale, Promise<Messages>>();

/** The compiled messages of one language, fetched once however often it is asked for. */
export function loadCatalog(locale: AppLocale): Promise<Messages> {
  let messages = loading.get(locale);
  if (!messages) {
    messages = CATALOGS[locale]().then((catalog) => catalog.messages);
    messages.catch(() => loading.delete(locale));
    loading.set(locale, messages);
  }
  return messages;
}
