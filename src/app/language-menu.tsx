import { t } from '@lingui/core/macro';
import { useId, useState } from 'react';
import { activateLocale, i18n } from '../i18n/activate';
import { rememberLocale } from '../i18n/choose-locale';
import { isAppLocale, LOCALE_NAMES, LOCALES, PSEUDO_LOCALE, type AppLocale } from '../i18n/locales';

/** The header's "Language" menu: each language named in its own words, the choice remembered. */
export function LanguageMenu() {
  const id = useId();
  const [failed, setFailed] = useState(false);
  const current = i18n.locale;
  const choose = async (value: string) => {
    if (!isAppLocale(value, true)) return;
    try {
      await activateLocale(value);
      rememberLocale(window.localStorage, value);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="language-menu">
      <label htmlFor={id} className="language-menu__label">
        {t`Language`}
      </label>
      <select
        id={id}
        className="language-menu__select"
        value={current}
        onChange={(event) => void choose(event.target.value)}
        aria-describedby={failed ? `${id}-error` : undefined}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
        {(import.meta.env.DEV || current === PSEUDO_LOCALE) && (
          <option value={PSEUDO_LOCALE satisfies AppLocale} lang="en-XA">
            [Ƥşèüδô]
          </option>
        )}
      </select>
      {failed && (
        <span id={`${id}-error`} role="alert" className="language-menu__error">
          {t`That language could not be loaded. Check your connection and try again.`}
        </span>
      )}
    </div>
  );
}
