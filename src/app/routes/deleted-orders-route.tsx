export function DeletedOrdersRoute() {
  return (
    <section aria-labelledby="deleted-orders-title">
      <title>Deleted Orders · Order Restore</title>
      <h1 id="deleted-orders-title">Deleted Orders</h1>
    </section>
  );
}
