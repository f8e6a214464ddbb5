/** The statuses, tabs and filters as buyers read them (product.md §2, §4; the QA contract in English). */
import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { ActiveTab, DeletedFilter } from '../../domain/placement';
import type { OrderStatus } from '../../domain/status';

const STATUS: Readonly<Record<OrderStatus, MessageDescriptor>> = {
  unpaid: msg({ message: 'Unpaid', context: 'order status' }),
  paid: msg({ message: 'Paid', context: 'order status' }),
  shipped: msg({ message: 'Shipped', context: 'order status' }),
  finished: msg({ message: 'Finished', context: 'order status' }),
  cancelled: msg({ message: 'Cancelled', context: 'order status' }),
  restoration_requested: msg({ message: 'Restoration requested', context: 'order status' }),
  refunding: msg({ message: 'Refunding', context: 'order status' }),
};

const TAB: Readonly<Record<ActiveTab, MessageDescriptor>> = {
  all: msg({ message: 'All', context: 'tab of My Orders' }),
  unpaid: msg({ message: 'Unpaid', context: 'tab of My Orders' }),
  paid: msg({ message: 'Paid', context: 'tab of My Orders' }),
  shipped: msg({ message: 'Shipped', context: 'tab of My Orders' }),
  refunding: msg({ message: 'Refunding', context: 'tab of My Orders' }),
  finished: msg({ message: 'Finished', context: 'tab of My Orders' }),
};

const FILTER: Readonly<Record<DeletedFilter, MessageDescriptor>> = {
  all: msg({ message: 'All', context: 'filter of Deleted Orders' }),
  restorable: msg({ message: 'Restorable', context: 'filter of Deleted Orders' }),
  requested: msg({ message: 'Requested', context: 'filter of Deleted Orders' }),
  closed: msg({ message: 'Closed', context: 'filter of Deleted Orders' }),
};

export function statusLabel(status: OrderStatus): string {
  return i18n._(STATUS[status]);
}

export function tabLabel(tab: ActiveTab): string {
  return i18n._(TAB[tab]);
}

export function filterLabel(filter: DeletedFilter): string {
  return i18n._(FILTER[filter]);
}
