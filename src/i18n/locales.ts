/**
 * The languages the app speaks: their codes (BCP 47, as in `lang=` and `<html lang>`), each one's
 * name in its own language (the language menu) and its writing direction. lingui.config.ts lists
 * the same codes (a test keeps the two equal).
 */
export const LOCALES = ['en', 'es', 'pt-BR', 'fr', 'ar', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
/** Development only: English accented and about 40 % longer, to show what is hard-coded or clipped. */
export const PSEUDO_LOCALE = 'pseudo';
export type AppLocale = Locale | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language in its own words: the same in every language, so not in the catalogs. */
/* eslint-disable lingui/no-unlocalized-strings -- endonyms are never translated */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  ar: 'العربية',
  ja: '日本語',
};
/* eslint-enable lingui/no-unlocalized-strings */

const RIGHT_TO_LEFT: ReadonlySet<AppLocale> = new Set(['ar']);

export function directionOf(locale: AppLocale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The Intl locale dates and numbers are written with: the buyer's own regional tag when the
 * browser prefers one of this language ("en-GB" writes "9 Dec 2026", "en-US" "Dec 9, 2026";
 * "es-MX", "fr-CA" likewise), else the language itself. Plain Arabic writes Arabic-Indic digits
 * ("١٠٬٠٠٠", as product.md §10 asks; CLDR's plain `ar` now defaults to Latin ones). The
 * pseudo-language formats like English.
 */
export function intlLocaleOf(locale: AppLocale, preferred: readonly string[] = []): string {
  const language = locale === PSEUDO_LOCALE ? 'en' : locale;
  const regional = preferred.find(
    (tag) => isValidTag(tag) && languageOf(tag) === languageOf(language),
  );
  const tag = regional && locale !== 'pt-BR' ? regional : language;
  return tag.toLowerCase() === 'ar' ? 'ar-u-nu-arab' : tag;
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** `<html lang>` for an app locale. */
export function htmlLangOf(locale: AppLocale): string {
  return locale === PSEUDO_LOCALE ? 'en-XA' : locale;
}

export function isAppLocale(value: unknown, allowPseudo = false): value is AppLocale {
  return (
    (LOCALES as readonly unknown[]).includes(value) || (allowPseudo && value === PSEUDO_LOCALE)
  );
}

/**
 * The first of the browser's preferred languages the app speaks: the exact tag first, then the
 * same language in another region ("es-MX" → Español, "pt-PT" → Português (Brasil), "fr-CA" →
 * Français). None of them: English.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = languageOf(tag);
    const sameLanguage = LOCALES.find((locale) => languageOf(locale) === language);
    if (sameLanguage) return sameLanguage;
  }
  return DEFAULT_LOCALE;
}

function languageOf(tag: string): string {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag.split('-')[0]!.toLowerCase();
  }
}
