import { t } from '@lingui/core/macro';
import { Link } from 'wouter';

export function NotFoundRoute() {
  return (
    <section aria-labelledby="not-found-title">
      <title>{t`Page not found · Order Restore`}</title>
      <h1 id="not-found-title">{t`Page not found`}</h1>
      <p>{t`There is nothing at this address.`}</p>
      <p>
        <Link to="/orders">{t`Back to My Orders`}</Link>
      </p>
    </section>
  );
}
