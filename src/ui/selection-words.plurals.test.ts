/**
 * Plurals in each language's own rules (product.md §10): Arabic's six forms, Japanese's one,
 * French's "0 and 1 are singular", each with the language's digits.
 */
import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/activate';
import { selectedText } from './selection-words';

const english = { locale: i18n.locale, messages: i18n.messages };
afterEach(() => i18n.loadAndActivate(english));

describe('plural forms by language', () => {
  it('Arabic: zero, one, two, few, many and other, in Arabic-Indic digits', async () => {
    await activateLocale('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => selectedText(count, false));
    expect(new Set(forms).size).toBe(6);
    expect(forms[3]).toContain('٣');
    expect(forms[4]).toContain('١١');
    expect(forms[5]).toContain('١٠٠');
    // 103 takes the "few" form of 3, 111 the "many" form of 11, as CLDR's rules say.
    expect(selectedText(103, false).replace('١٠٣', '٣')).toBe(forms[3]);
    expect(selectedText(111, false).replace('١١١', '١١')).toBe(forms[4]);
  });

  it('Japanese: one form for every count', async () => {
    await activateLocale('ja');
    expect(selectedText(1, false).replace('1', 'N')).toBe(selectedText(7, false).replace('7', 'N'));
  });

  it('French: 0 and 1 take the singular, 2 the plural', async () => {
    await activateLocale('fr');
    expect(selectedText(0, false).replace('0', 'N')).toBe(selectedText(1, false).replace('1', 'N'));
    expect(selectedText(2, false).replace('2', 'N')).not.toBe(
      selectedText(1, false).replace('1', 'N'),
    );
  });

  it('English: "1 order selected", "10,000 orders selected"', () => {
    expect(selectedText(1, false)).toBe('1 order selected');
    expect(selectedText(10_000, false)).toBe('10,000 orders selected');
  });
});
