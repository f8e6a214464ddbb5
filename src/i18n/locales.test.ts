import { describe, expect, it } from 'vitest';
import { chooseLocale, LOCALE_STORAGE_KEY } from './choose-locale';
import { directionOf, negotiateLocale } from './locales';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('choosing the language', () => {
  it('takes the first of the browser’s languages the app speaks, region or not', () => {
    expect(negotiateLocale(['ja-JP', 'en-US'])).toBe('ja');
    expect(negotiateLocale(['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(negotiateLocale(['pt-PT'])).toBe('pt-BR');
    expect(negotiateLocale(['fr-CA'])).toBe('fr');
    expect(negotiateLocale(['ar-EG'])).toBe('ar');
    expect(negotiateLocale(['de', 'zh-CN'])).toBe('en');
    expect(negotiateLocale(['not a tag'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });

  it('prefers lang= (and remembers it), then the remembered choice, then the browser', () => {
    const storage = memoryStorage();
    expect(chooseLocale({ search: '?lang=ar', languages: ['en-US'], storage })).toBe('ar');
    expect(storage.items.get(LOCALE_STORAGE_KEY)).toBe('ar');
    expect(chooseLocale({ search: '', languages: ['ja'], storage })).toBe('ar');
    expect(chooseLocale({ search: '?lang=xx', languages: ['ja'], storage: memoryStorage() })).toBe(
      'ja',
    );
    expect(
      chooseLocale({
        search: '',
        languages: ['ja'],
        storage: memoryStorage({ [LOCALE_STORAGE_KEY]: 'klingon' }),
      }),
    ).toBe('ja');
    expect(chooseLocale({ search: '?lang=pseudo', languages: [], storage: null })).toBe('pseudo');
  });

  it('keeps working when storage refuses', () => {
    const storage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(chooseLocale({ search: '?lang=fr', languages: [], storage })).toBe('fr');
    expect(chooseLocale({ search: '', languages: ['es'], storage })).toBe('es');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
    expect(directionOf('pseudo')).toBe('ltr');
  });
});

describe('how dates and numbers are written', () => {
  it('follows the browser’s own region for the chosen language', async () => {
    const { intlLocaleOf } = await import('./locales');
    expect(intlLocaleOf('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(intlLocaleOf('en', ['ja-JP'])).toBe('en');
    expect(intlLocaleOf('es', ['es-MX'])).toBe('es-MX');
    expect(intlLocaleOf('pt-BR', ['pt-PT'])).toBe('pt-BR');
    expect(intlLocaleOf('ar', ['ar'])).toBe('ar-u-nu-arab');
    expect(intlLocaleOf('ar', ['ar-AE'])).toBe('ar-AE');
    expect(intlLocaleOf('pseudo', ['fr'])).toBe('en');
  });
});
