import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createQueryClient } from '../app/query-client';
import { AppRoutes } from '../app/router';
import { useRawSearch } from '../ui/use-raw-search';

type TestLocation = { pathname: string; search: string };
export type TestRouter = { state: { location: TestLocation } };

function LocationSpy({ onChange }: { onChange: (location: TestLocation) => void }) {
  const [pathname] = useLocation();
  const search = useRawSearch();
  useEffect(
    () => onChange({ pathname, search: search ? `?${search}` : '' }),
    [onChange, pathname, search],
  );
  return null;
}

/** Renders the whole app at a path, with a fresh query cache, against the msw/node mock. */
export function renderRoute(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 1 },
  });
  const router: TestRouter = {
    state: { location: { pathname: path, search: '' } },
  };
  const user = userEvent.setup();
  const utils = render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Router hook={memoryLocation({ path, record: true }).hook}>
          <AppRoutes />
          <LocationSpy
            onChange={(location) => {
              router.state.location = location;
            }}
          />
        </Router>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...utils, user, router, queryClient };
}
