import type { SaleEvent } from '../domain/order';
import { fromIso } from '../domain/time';
import { request } from './client';
import { saleEventsSchema } from './contract';

export async function fetchSaleEvents(signal?: AbortSignal): Promise<SaleEvent[]> {
  const { events } = await request('/api/sale-events', { schema: saleEventsSchema, signal });
  return events.map((event) => ({
    ...event,
    startsAt: fromIso(event.startsAt),
    endsAt: fromIso(event.endsAt),
  }));
}
