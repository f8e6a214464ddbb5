import { t } from '@lingui/core/macro';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Button } from '../ui/button';

/** What a buyer sees when a view fails to render: what happened, and a way back. */
function RouteError() {
  return (
    <section className="route-error" aria-labelledby="route-error-title">
      <title>{t`Something went wrong · Order Restore`}</title>
      <h1 id="route-error-title">{t`Something went wrong`}</h1>
      <p>{t`This page could not be shown. Your orders and requests are safe.`}</p>
      <p className="route-error__actions">
        <Link to="/orders">{t`Back to My Orders`}</Link>
        <Button onClick={() => window.location.reload()}>{t`Reload the page`}</Button>
      </p>
    </section>
  );
}

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}

/** One error boundary per route: a failing view leaves the navigation working, and leaving it resets. */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const [pathname] = useLocation();
  return <Boundary key={pathname}>{children}</Boundary>;
}
