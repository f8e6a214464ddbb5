import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet } from 'react-router';
import { orderQueries } from '../api/order-queries';
import { LiveRegion } from '../ui/live-region';
import { NoticeList } from '../ui/notice-list';
import { LiveUpdates } from './live-updates';

function RestorableCount() {
  const counts = useQuery(orderQueries.counts(''));
  const restorable = counts.data?.deleted.restorable;
  if (!restorable) return null;
  return (
    <>
      <span className="app-nav__count" aria-hidden="true">
        {restorable}
      </span>
      <span className="visually-hidden"> ({restorable} restorable)</span>
    </>
  );
}

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-brand">Order Restore</span>
          <nav aria-label="Orders" className="app-nav">
            <NavLink to="/orders" end className="app-nav__link">
              My Orders
            </NavLink>
            <NavLink to="/orders/deleted" className="app-nav__link">
              Deleted Orders
              <RestorableCount />
            </NavLink>
          </nav>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <NoticeList />
        <Outlet />
      </main>
      <LiveRegion />
      <LiveUpdates />
    </>
  );
}
