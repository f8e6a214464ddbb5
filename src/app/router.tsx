import { t } from '@lingui/core/macro';
import { Suspense, type ReactNode } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { Layout } from './layout';
import { RouteBoundary } from './route-error';
import { MyOrdersRoute } from './routes/my-orders-route';
import { NotFoundRoute } from './routes/not-found-route';
import { LAZY_SCREENS } from './lazy-route';
import { routePattern } from './route-table';

function Screen({ children }: { children: ReactNode }) {
  return (
    <RouteBoundary>
      <Suspense
        fallback={
          <p role="status" className="route-loading">
            {t`Loading…`}
          </p>
        }
      >
        {children}
      </Suspense>
    </RouteBoundary>
  );
}

/**
 * The routes, for the browser's location (app) and a memory location (component tests) alike: My
 * Orders (in the main chunk), then every screen of the route table (route-table.ts), each in its
 * chunk, matched with the route table's own rule; the first route that matches is shown.
 */
export function AppRoutes() {
  return (
    <Router parser={routePattern}>
      <Layout>
        <Switch>
          <Route path="/">
            <Redirect to="/orders" replace />
          </Route>
          <Route path="/orders">
            <Screen>
              <MyOrdersRoute />
            </Screen>
          </Route>
          {[...LAZY_SCREENS].map(([{ path }, LazyScreen]) => (
            <Route key={path} path={path}>
              <Screen>
                <LazyScreen />
              </Screen>
            </Route>
          ))}
          <Route>
            <NotFoundRoute />
          </Route>
        </Switch>
      </Layout>
    </Router>
  );
}
