// @vitest-environment node
/**
 * The guard on the catalogs (product.md §10): every message the code uses is in the catalogs,
 * every language translates every message, and each translation keeps the source's placeholders
 * and compiles. (The build fails on a missing message too: `failOnMissing` in vite.config.ts.)
 */
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import linguiConfig from '../../lingui.config';
import { readCatalog } from '../../scripts/i18n/read-catalogs';
import { DEFAULT_LOCALE, LOCALES, PSEUDO_LOCALE } from './locales';

/**
 * The names of a compiled message's placeholders ({name}, plural and select arguments, tags). A
 * compiled message is a list of texts and arguments; an argument is `[name, type?, branches?]`,
 * each branch again such a list.
 */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walkContent = (content: unknown): void => {
    if (!Array.isArray(content)) return;
    for (const part of content) {
      if (typeof part === 'string') {
        // <Trans>'s elements stay in the text as numbered tags: <0>…</0>, <1/>.
        for (const tag of part.matchAll(/<(\d+)\/?>/g)) names.add(`<${tag[1]}>`);
        continue;
      }
      if (!Array.isArray(part)) continue;
      const [name, , branches] = part as [unknown, unknown, unknown];
      if (typeof name === 'string' || typeof name === 'number') names.add(String(name));
      if (branches && typeof branches === 'object') {
        for (const branch of Object.values(branches as Record<string, unknown>))
          walkContent(branch);
      }
    }
  };
  const compiled = compileMessage(message);
  walkContent(Array.isArray(compiled) ? compiled : [compiled]);
  return [...names].sort();
}

describe('the placeholder check', () => {
  it('finds arguments, plural arguments and the arguments inside their branches, not texts', () => {
    expect(placeholders('Order {orderNumber}')).toEqual(['orderNumber']);
    expect(placeholders('{0, plural, one {Restore # order} other {# {words} ({list})}}')).toEqual([
      '0',
      'list',
      'words',
    ]);
    expect(placeholders('<0>Pay</0> by {date} <1/>')).toEqual(['<0>', '<1>', 'date']);
    expect(placeholders('No placeholder here')).toEqual([]);
  });
});

describe('the language catalogs', () => {
  it('list the languages the app offers, and the pseudo-language', () => {
    expect(linguiConfig.locales).toEqual([...LOCALES, PSEUDO_LOCALE]);
    expect(linguiConfig.sourceLocale).toBe(DEFAULT_LOCALE);
  });

  it('hold every message the code uses, and none it no longer uses', async () => {
    const config = getConfig({ cwd: process.cwd(), configPath: 'lingui.config.ts' });
    const [catalog] = await getCatalogs(config);
    const extracted = await catalog!.collect();
    expect(extracted).not.toBe(false);
    const inCode = Object.keys(extracted || {}).sort();
    const inCatalog = (await readCatalog(DEFAULT_LOCALE)).map((entry) => entry.id).sort();
    expect(inCode.length).toBeGreaterThan(100);
    // `npm run i18n:extract` brings the catalogs up to date with the code.
    expect(inCatalog).toEqual(inCode);
  }, 60_000);

  const english = readCatalog(DEFAULT_LOCALE);

  for (const locale of LOCALES.filter((code) => code !== DEFAULT_LOCALE)) {
    it(`${locale}: translates every message, with the same placeholders`, async () => {
      const source = new Map((await english).map((entry) => [entry.id, entry]));
      const entries = await readCatalog(locale);
      expect(entries.map((entry) => entry.id).sort()).toEqual([...source.keys()].sort());
      const missing = entries.filter((entry) => entry.translation.trim() === '');
      expect(missing.map((entry) => entry.message)).toEqual([]);
      for (const entry of entries) {
        const original = source.get(entry.id)!;
        expect(
          { message: original.message, placeholders: placeholders(entry.translation) },
          `${locale}: "${entry.translation}"`,
        ).toEqual({ message: original.message, placeholders: placeholders(original.message) });
      }
    });
  }
});
