import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { orderQueries } from '../api/order-queries';
import { plural, t } from '@lingui/core/macro';
import { formatCount } from '../i18n/format';
import { LiveRegion } from '../ui/live-region';
import { NoticeList } from '../ui/notice-list';
import { OfflineBanner } from '../ui/offline-banner';
import { NotificationsButton } from '../features/notifications/notifications-button';
import { LanguageMenu } from './language-menu';
import { withMessages } from '../i18n/activate';
import { afterPaint } from '../ui/after-paint';
import { preloadScreen } from './lazy-route';
import { routePattern } from './route-table';

// Its code and its words are fetched once the first screen is drawn: the first paint does not
// wait for them.
const Background = lazy(() =>
  afterPaint().then(withMessages('later', () => import('./background'))),
);

function RestorableCount() {
  const counts = useQuery(orderQueries.counts(''));
  const restorable = counts.data?.deleted.restorable;
  if (!restorable) return null;
  return (
    <>
      <span className="app-nav__count" aria-hidden="true">
        {formatCount(restorable)}
      </span>
      <span className="visually-hidden">
        {' '}
        {plural(restorable, { one: '(# restorable)', other: '(# restorable)' })}
      </span>
    </>
  );
}

/** A link about to be followed (pointer over it, or focus on it): load its screen's code now. */
function usePreloadOnIntent() {
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (link instanceof HTMLAnchorElement && link.origin === window.location.origin) {
        void preloadScreen(link.pathname).catch(() => undefined);
      }
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, []);
}

/** A link of the header's navigation, marked as the current page where the buyer is (or below it, unless `end`). */
function NavLink({
  to,
  end = false,
  children,
}: {
  to: string;
  end?: boolean;
  children: ReactNode;
}) {
  const [path] = useLocation();
  const here =
    routePattern(to).pattern.test(path) ||
    (!end && path.toLowerCase().startsWith(`${to.toLowerCase()}/`));
  return (
    <Link to={to} className="app-nav__link" aria-current={here ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  usePreloadOnIntent();
  return (
    <>
      <a className="skip-link" href="#main">
        {t`Skip to main content`}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-brand">{t`Order Restore`}</span>
          <nav aria-label={t`Orders`} className="app-nav">
            <NavLink to="/orders" end>
              {t`My Orders`}
            </NavLink>
            <NavLink to="/orders/deleted">
              {t`Deleted Orders`}
              <RestorableCount />
            </NavLink>
          </nav>
          <NotificationsButton />
          <LanguageMenu />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <OfflineBanner />
        <NoticeList />
        {children}
      </main>
      <LiveRegion />
      <Suspense fallback={null}>
        <Background />
      </Suspense>
    </>
  );
}
