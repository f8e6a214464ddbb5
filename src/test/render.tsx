import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { createQueryClient } from '../app/query-client';
import { AppRoutes } from '../app/router';

export type TestRouter = { state: { location: Location } };

function LocationSpy({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => onChange(location), [onChange, location]);
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
    state: { location: { pathname: path, search: '', hash: '', state: null, key: 'initial' } },
  };
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationSpy
          onChange={(location) => {
            router.state.location = location;
          }}
        />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...utils, user, router, queryClient };
}
