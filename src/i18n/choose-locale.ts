/**
 * Which language the app starts in: the start-up switch `lang=` (for QA; remembered, then taken
 * out of the address), else the buyer's last choice, else the first of the browser's preferred
 * languages the app speaks, else English. Imports nothing heavy: early-preload calls it before
 * React, so the catalog is fetched alongside the screen's code.
 */
import { isAppLocale, negotiateLocale, type AppLocale } from './locales';

export const LOCALE_STORAGE_KEY = 'order-restore.locale';
export const LANGUAGE_SWITCH = 'lang';

type Environment = {
  readonly search: string;
  readonly languages: readonly string[];
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
};

export function chooseLocale({ search, languages, storage }: Environment): AppLocale {
  const asked = new URLSearchParams(search).get(LANGUAGE_SWITCH);
  if (asked !== null && isAppLocale(asked, true)) {
    rememberLocale(storage, asked);
    return asked;
  }
  const stored = readStored(storage);
  if (stored) return stored;
  return negotiateLocale(languages);
}

export function rememberLocale(storage: Pick<Storage, 'setItem'> | null, locale: AppLocale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage full or blocked: the choice lasts for this visit only.
  }
}

function readStored(storage: Pick<Storage, 'getItem'> | null): AppLocale | null {
  try {
    const value = storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
    return isAppLocale(value, true) ? value : null;
  } catch {
    return null;
  }
}

/** The browser's preferred languages (a region in them says how dates and numbers are written). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The browser's own environment. */
export function browserEnvironment(): Environment {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return {
    search: window.location.search,
    languages: browserLanguages(),
    storage,
  };
}

/** Takes `lang=` out of the address once applied, like the mock's switches. */
export function takeLanguageSwitch(location: Location, history: History): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(LANGUAGE_SWITCH)) return;
  url.searchParams.delete(LANGUAGE_SWITCH);
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
