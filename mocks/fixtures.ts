import type { OrderDto } from '../src/api/contract';
import { orderId } from '../src/domain/ids';

const MINUTE = 60_000;

/** A handful of orders for the walking skeleton; the seeded generator replaces them. */
export function fixtureOrders(now: number): OrderDto[] {
  const seller = {
    id: 'seller-aurora',
    name: 'Aurora Home Store',
    rating: 4.8,
    positiveFeedbackPercent: 97.4,
    ratingsCount: 12840,
    typicalResponseMinutes: 45,
  };
  const make = (id: string, minutesAgo: number, title: string, status: OrderDto['status']) => ({
    id: orderId(id),
    placedAt: new Date(now - minutesAgo * MINUTE).toISOString(),
    items: [
      {
        title,
        variant: 'Default',
        quantity: 1,
        unitPrice: { amountMinor: 1299, currency: 'USD' as const },
        image: '/images/products/lamp.svg',
      },
    ],
    total: { amountMinor: 1299, currency: 'USD' as const },
    seller,
    status,
  });
  return [
    make('8190034411290001', 5, 'Bedside lamp', 'unpaid'),
    make('8190034411290002', 60, 'Ceramic mug set', 'paid'),
    make('8190034411290003', 3000, 'Linen throw', 'shipped'),
  ];
}
