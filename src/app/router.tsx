import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './layout';
import { RouteBoundary } from './route-error';
import { MyOrdersRoute } from './routes/my-orders-route';
import { NotFoundRoute } from './routes/not-found-route';
import { LAZY_SCREENS } from './lazy-route';

function Screen({ children }: { children: ReactNode }) {
  return (
    <RouteBoundary>
      <Suspense
        fallback={
          <p role="status" className="route-loading">
            Loading…
          </p>
        }
      >
        {children}
      </Suspense>
    </RouteBoundary>
  );
}

/**
 * The routes, for the browser router (app) and a memory router (component tests) alike: My Orders
 * (in the main chunk), then every screen of the route table (route-table.ts), each in its chunk.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/orders" replace />} />
        <Route
          path="orders"
          element={
            <Screen>
              <MyOrdersRoute />
            </Screen>
          }
        />
        {[...LAZY_SCREENS].map(([{ path }, LazyScreen]) => (
          <Route
            key={path}
            path={path}
            element={
              <Screen>
                <LazyScreen />
              </Screen>
            }
          />
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
