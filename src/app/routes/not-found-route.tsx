import { Link } from 'wouter';

export function NotFoundRoute() {
  return (
    <section aria-labelledby="not-found-title">
      <title>Page not found · Order Restore</title>
      <h1 id="not-found-title">Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/orders">Back to My Orders</Link>
      </p>
    </section>
  );
}
