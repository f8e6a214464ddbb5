import { i18n } from '@lingui/core';
import { describe, expect, it, vi } from 'vitest';
import type { CatalogPart } from './catalog-parts';
import type * as Catalogs from './catalogs';
import type { AppLocale } from './locales';

// Each part of each language holds one message, "<part>", reading "<locale> <part>".
const loads: string[] = [];
vi.mock('./catalogs', async (importOriginal) => {
  const original = await importOriginal<typeof Catalogs>();
  return {
    ...original,
    loadCatalog: (locale: AppLocale, part: CatalogPart = 'core') => {
      loads.push(`${locale} ${part}`);
      return Promise.resolve({ [part]: `${locale} ${part}` });
    },
  };
});

const { activateLocale, loadMessages, withMessages } = await import('./activate');

describe('a catalog in parts', () => {
  it('loads a part in the active language without rendering the page again, and every later language with it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await activateLocale('fr');
    expect(i18n._('core')).toBe('fr core');
    // A message of a part not loaded yet reads as its id, and says so.
    expect(i18n._('deleted')).toBe('deleted');
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining('Message deleted is not loaded in fr'),
    );

    const changes = vi.fn();
    const stop = i18n.on('change', changes);
    await loadMessages('deleted');
    expect(i18n._('deleted')).toBe('fr deleted');
    expect(changes).not.toHaveBeenCalled();
    stop();

    await activateLocale('es');
    expect(i18n._('core')).toBe('es core');
    expect(i18n._('deleted')).toBe('es deleted');
    expect(i18n._('later')).toBe('later');
  });

  it('a part asked for while the language changes arrives in the new language', async () => {
    const switching = activateLocale('ja');
    const loading = loadMessages('record');
    await Promise.all([switching, loading]);
    expect(i18n.locale).toBe('ja');
    expect(i18n._('record')).toBe('ja record');
    expect(loads).not.toContain('es record');
  });

  it('a lazy component loads its code and its messages together', async () => {
    await activateLocale('ar');
    const module = { default: 'the dialog' };
    const load = withMessages('later', () => Promise.resolve(module));
    await expect(load()).resolves.toBe(module);
    expect(i18n._('later')).toBe('ar later');
  });
});
