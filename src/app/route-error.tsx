import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** What a buyer sees when a view fails to render: what happened, and a way back. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <section className="route-error" aria-labelledby="route-error-title">
      <title>
        {notFound ? 'Page not found · Order Restore' : 'Something went wrong · Order Restore'}
      </title>
      <h1 id="route-error-title">{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {notFound
          ? 'There is nothing at this address.'
          : 'This page could not be shown. Your orders and requests are safe.'}
      </p>
      <p className="route-error__actions">
        <Link to="/orders">Back to My Orders</Link>
        {!notFound && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        )}
      </p>
    </section>
  );
}
