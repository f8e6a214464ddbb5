/**
 * Switches the app to a language: loads its catalog, activates it in Lingui's one `i18n`
 * instance, and sets `<html lang dir>`. Nothing renders in a language before its catalog is here,
 * so there is no flash of English.
 */
import { i18n } from '@lingui/core';
import { loadCatalog } from './catalogs';
import { browserLanguages } from './choose-locale';
import { directionOf, htmlLangOf, intlLocaleOf, type AppLocale } from './locales';

export async function activateLocale(locale: AppLocale): Promise<void> {
  const messages = await loadCatalog(locale);
  // `locales` is what dates and numbers are written with, by Lingui (a plural's `#`) and by
  // src/i18n/format.ts alike.
  i18n.loadAndActivate({ locale, locales: intlLocaleOf(locale, browserLanguages()), messages });
  if (typeof document !== 'undefined') {
    const html = document.documentElement;
    html.lang = htmlLangOf(locale);
    html.dir = directionOf(locale);
  }
}

export { i18n };
