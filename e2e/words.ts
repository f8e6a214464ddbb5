/**
 * The app's words in the language a Playwright project runs in, read from the same catalogs the
 * app is built with (scripts/i18n/read-catalogs.ts): a page object names an element by its English
 * message — the QA contract, product.md §7 — and gets the words the buyer sees in the project's
 * language. Under `locale: 'en-US'` they are the contract's English, word for word.
 */
import { test } from '@playwright/test';
import type { I18n } from '@lingui/core';
import { catalogI18n, messageId } from '../scripts/i18n/read-catalogs';
import { intlLocaleOf, LOCALES, negotiateLocale, type Locale } from '../src/i18n/locales';

/** A placeholder that may be any number (a count): the pattern accepts every plural form. */
export const ANY_COUNT = Symbol('any count');
type PatternValue = string | number | RegExp | typeof ANY_COUNT;

export type Words = {
  readonly locale: string;
  /** The words for an English message; `values` fill its placeholders, `context` tells it apart. */
  (message: string, values?: Record<string, unknown>, context?: string): string;
  /**
   * The words as a pattern for a whole name: a RegExp value stands for any text it matches
   * (`{ orderNumber: /\d{16}/ }`), ANY_COUNT for any number in any plural form. `prefix`: the
   * name may go on (a count after a link's label).
   */
  re(
    message: string,
    values?: Record<string, PatternValue>,
    options?: { context?: string; prefix?: boolean },
  ): RegExp;
  startsWith(message: string, values?: Record<string, unknown>, context?: string): RegExp;
};

/** Numbers as any language writes them: Latin or Arabic-Indic digits, with their separators. */
const NUMBER = '[0-9\u0660-\u0669][0-9\u0660-\u0669,.\u066B\u066C\u00A0\u202F ]*';
const SAMPLE_COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 102, 1000];

/** The app's locale for a browser locale, chosen the way the app chooses it ("pt-PT" → pt-BR). */
export function appLocaleOf(browserLocale: string | undefined): Locale {
  return negotiateLocale([browserLocale ?? 'en-US']);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function makeWords(locale: string, i18n: I18n): Words {
  const say = (message: string, values?: Record<string, unknown>, context?: string) => {
    const id = messageId(message, context);
    if (!(id in i18n.messages)) {
      throw new Error(`No message "${message}"${context ? ` (${context})` : ''} in the catalogs`);
    }
    return i18n._(id, values);
  };
  const numberFormat = new Intl.NumberFormat(i18n.locales ?? locale);
  const re = (
    message: string,
    values: Record<string, PatternValue> = {},
    options: { context?: string; prefix?: boolean } = {},
  ): RegExp => {
    const countNames = Object.keys(values).filter((name) => values[name] === ANY_COUNT);
    const samples = countNames.length > 0 ? SAMPLE_COUNTS : [null];
    const alternatives = new Set<string>();
    for (const sample of samples) {
      const filled: Record<string, unknown> = {};
      const patterns: string[] = [];
      for (const [name, value] of Object.entries(values)) {
        if (value === ANY_COUNT) filled[name] = sample;
        else if (value instanceof RegExp) {
          filled[name] = `\uE000${patterns.length}\uE000`;
          patterns.push(value.source);
        } else filled[name] = value;
      }
      let text = say(message, filled, options.context);
      if (sample !== null) {
        text = text
          .replaceAll(numberFormat.format(sample), '\uE001')
          .replaceAll(String(sample), '\uE001');
      }
      text = escapeRegExp(text)
        .replaceAll('\uE001', NUMBER)
        .replace(/\uE000(\d+)\uE000/g, (_, index: string) => `(?:${patterns[Number(index)]})`);
      alternatives.add(text);
    }
    return new RegExp(`^(?:${[...alternatives].join('|')})${options.prefix ? '' : '$'}`);
  };
  return Object.assign(say, {
    locale,
    re,
    startsWith: (message: string, values?: Record<string, unknown>, context?: string) =>
      new RegExp(`^${escapeRegExp(say(message, values, context))}`),
  });
}

// Read once per worker, before any test: six small catalogs.
const ALL = new Map(
  await Promise.all(
    LOCALES.map(async (locale) => {
      // The projects' browsers: en-US, and each other language without a region.
      const intl = intlLocaleOf(locale, [locale === 'en' ? 'en-US' : locale]);
      return [locale, makeWords(locale, await catalogI18n(locale, intl))] as const;
    }),
  ),
);

/** The words of a language. */
export function wordsIn(locale: string): Words {
  return ALL.get(appLocaleOf(locale))!;
}

/** The words of the running test's project (its `locale`); English outside a test. */
export function words(): Words {
  let locale: string | undefined;
  try {
    locale = test.info().project.use.locale;
  } catch {
    locale = undefined;
  }
  return wordsIn(locale ?? 'en-US');
}
