export const ORDER_STATUSES = [
  'unpaid',
  'paid',
  'shipped',
  'finished',
  'cancelled',
  'restoration_requested',
  'refunding',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];
