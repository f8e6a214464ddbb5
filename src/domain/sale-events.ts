import type { SaleEvent } from './order';

/** The sale event on at `at` (start inclusive, end exclusive), if any. */
export function activeSaleEvent(events: readonly SaleEvent[], at: number): SaleEvent | undefined {
  return events.find((event) => event.startsAt <= at && at < event.endsAt);
}

/** The current sale first, then upcoming ones by start, then past ones, newest first. */
export function orderSaleEvents(events: readonly SaleEvent[], now: number): SaleEvent[] {
  const rank = (event: SaleEvent) =>
    event.startsAt <= now && now < event.endsAt ? 0 : event.startsAt > now ? 1 : 2;
  return [...events].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 2 ? b.endsAt - a.endsAt : a.startsAt - b.startsAt) ||
      a.id.localeCompare(b.id),
  );
}
