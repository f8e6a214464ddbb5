import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { Fragment, useEffect, useState } from 'react';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';

/** The active language; a change renders the whole page anew in it (the query cache stays). */
export function useActiveLocale(): string {
  const [locale, setLocale] = useState(i18n.locale);
  useEffect(() => i18n.on('change', () => setLocale(i18n.locale)), []);
  return locale;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const locale = useActiveLocale();
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Fragment key={locale}>
          <AppRoutes />
        </Fragment>
      </QueryClientProvider>
    </I18nProvider>
  );
}
