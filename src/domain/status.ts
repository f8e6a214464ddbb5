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

/** The labels buyers see, word for word (product.md §2). */
export const STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  unpaid: 'Unpaid',
  paid: 'Paid',
  shipped: 'Shipped',
  finished: 'Finished',
  cancelled: 'Cancelled',
  restoration_requested: 'Restoration requested',
  refunding: 'Refunding',
};
