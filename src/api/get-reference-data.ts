import type { SaleEvent } from '../domain/order';
import { fromIso } from '../domain/time';
import { request } from './client';

export async function fetchSaleEvents(signal?: AbortSignal): Promise<SaleEvent[]> {
  const { events } = await request('/api/sale-events', {
    schema: (c) => c.saleEventsSchema,
    signal,
  });
  return events.map((event) => ({
    ...event,
    startsAt: fromIso(event.startsAt),
    endsAt: fromIso(event.endsAt),
  }));
}
