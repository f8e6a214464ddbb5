/**
 * The language catalogs as Lingui reads them (lingui.config.ts, src/locales/<code>/messages.po),
 * for Node: the catalog check (src/i18n/catalogs.test.ts) and the Playwright page objects, which
 * read their names from the same catalogs the app is built with (e2e/words.ts).
 */
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { generateMessageId } from '@lingui/message-utils/generateMessageId';
import { setupI18n, type I18n } from '@lingui/core';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type CatalogEntry = {
  readonly id: string;
  /** The English source message. */
  readonly message: string;
  readonly context: string | undefined;
  /** This language's translation; empty when missing. */
  readonly translation: string;
};

/** lingui.config.ts, read from the project root. */
export function linguiConfig() {
  return getConfig({ cwd: ROOT, configPath: `${ROOT}/lingui.config.ts` });
}

/** Every message of one language, as written in its catalog (no fallback). */
export async function readCatalog(locale: string): Promise<CatalogEntry[]> {
  const [catalog] = await getCatalogs(linguiConfig());
  const entries = await catalog!.read(locale);
  return Object.entries(entries ?? {})
    .filter(([, entry]) => !entry.obsolete)
    .map(([id, entry]) => ({
      id,
      message: entry.message ?? id,
      context: entry.context,
      translation: entry.translation ?? '',
    }));
}

/**
 * A Lingui instance in that language, compiled from its catalog the way the build compiles it;
 * `intlLocale` writes its numbers (src/i18n/locales.ts `intlLocaleOf`).
 */
export async function catalogI18n(locale: string, intlLocale = locale): Promise<I18n> {
  const cfg = linguiConfig();
  const [catalog] = await getCatalogs(cfg);
  const { messages } = await catalog!.getTranslations(locale, {
    fallbackLocales: cfg.fallbackLocales || {},
    sourceLocale: cfg.sourceLocale ?? 'en',
  });
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([id, text]) => [id, compileMessage(text)]),
  );
  return setupI18n({ locale, locales: intlLocale, messages: { [locale]: compiled } });
}

/** A message's id from its English words (and context), as the macros compute it. */
export function messageId(message: string, context?: string): string {
  return generateMessageId(message, context);
}
