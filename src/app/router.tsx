import { createBrowserRouter, createMemoryRouter, Navigate, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { MyOrdersRoute } from './routes/my-orders-route';
import { NotFoundRoute } from './routes/not-found-route';

const loading = (
  <p role="status" className="route-loading">
    Loading…
  </p>
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/orders" replace /> },
      { path: 'orders', element: <MyOrdersRoute />, errorElement: <RouteError /> },
      {
        path: 'orders/deleted',
        lazy: async () => ({
          Component: (await import('./routes/deleted-orders-route')).DeletedOrdersRoute,
        }),
        errorElement: <RouteError />,
        hydrateFallbackElement: loading,
      },
      {
        path: 'orders/:id',
        lazy: async () => ({
          Component: (await import('./routes/order-details-route')).OrderDetailsRoute,
        }),
        errorElement: <RouteError />,
        hydrateFallbackElement: loading,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

/** For component tests: the same routes in memory. */
export function createTestRouter(initialPath: string) {
  return createMemoryRouter(routes, { initialEntries: [initialPath] });
}
