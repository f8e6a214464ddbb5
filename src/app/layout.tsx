import { NavLink, Outlet } from 'react-router';
import { NoticeList } from '../ui/notice-list';

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
            </NavLink>
          </nav>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <NoticeList />
        <Outlet />
      </main>
    </>
  );
}
