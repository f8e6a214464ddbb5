import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The app's languages (src/i18n/locales.ts lists the same codes, with their names and direction;
 * a test keeps the two equal). English is the source: messages are written in English in the
 * code, extracted with `npm run i18n:extract`, translated in src/locales/<code>/messages.po and
 * compiled at build time into lazy chunks, each language in parts (src/i18n/catalog-parts.ts).
 * `pseudo` is the development pseudo-language (accented and longer), generated from English.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es', 'pt-BR', 'fr', 'ar', 'ja', 'pseudo'],
  pseudoLocale: 'pseudo',
  fallbackLocales: { pseudo: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', '**/*.test.tsx', '<rootDir>/src/test/**'],
    },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
});
