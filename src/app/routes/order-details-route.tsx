import { useParams } from 'react-router';

export function OrderDetailsRoute() {
  const { id } = useParams();
  return (
    <section aria-labelledby="order-details-title">
      <title>{`Order ${id ?? ''} · Order Restore`}</title>
      <h1 id="order-details-title">Order {id}</h1>
    </section>
  );
}
