/**
 * The suite learns the data through the API itself, so it works against any backend: it lists
 * orders and picks one in the state a check needs (an unpaid one, a restorable one, …). A backend
 * whose data holds no such order fails the check that needed it, with a line saying what was
 * missing.
 */
import type {
  NotificationDto,
  NotificationPage,
  OrderDto,
  OrderList,
  OrderSummaryDto,
  Selection,
} from '../../src/api/contract';
import { endpoint } from '../../src/api/endpoints';
import { reasonsFor } from '../../src/domain/reasons';
import type { ContractClient } from './contract-client';
import { expectOk } from './contract-client';

export type SelectionItem = Selection['items'][number];

/** A message the contract accepts (10–500 characters). */
export const RESTORE_MESSAGE = 'Hello, I still want this order. Could you please restore it?';

/** A well-formed order number that no backend is expected to hold. */
export const UNKNOWN_ORDER_ID = '0000000000000001';

export class OrderFinder {
  constructor(private readonly api: ContractClient) {}

  async selection(filter = 'all'): Promise<SelectionItem[]> {
    const answer = await this.api.call(endpoint.getSelection, {
      query: { view: 'deleted', filter },
    });
    return expectOk<Selection>(answer, 'GET /api/orders/selection').items;
  }

  async list(query: Record<string, string>): Promise<OrderSummaryDto[]> {
    const answer = await this.api.call(endpoint.listOrders, { query: { limit: '200', ...query } });
    return expectOk<OrderList>(answer, `GET /api/orders?${new URLSearchParams(query)}`).orders;
  }

  async order(id: string): Promise<OrderDto> {
    return expectOk<OrderDto>(await this.api.call(endpoint.getOrder, { id }), `GET order ${id}`);
  }

  /**
   * A restorable cancelled order, the one restorable longest (so no window closes mid-check);
   * `exclude` keeps apart orders a check already used.
   */
  async restorable(exclude: readonly string[] = []): Promise<SelectionItem> {
    const items = (await this.selection('restorable')).filter(
      (item) => item.restorable && !exclude.includes(item.id),
    );
    const latest = items.sort((a, b) => (b.restoreBy ?? '').localeCompare(a.restoreBy ?? ''))[0];
    if (!latest) throw new Error('the backend holds no restorable cancelled order to use');
    return latest;
  }

  /** A cancelled order the machine refuses to restore with this code. */
  async refusedWith(code: string): Promise<SelectionItem | undefined> {
    return (await this.selection()).find((item) => item.whyNot === code);
  }

  /** An active order in this status (`unpaid`, `paid`, `shipped`), the one with most time left. */
  async active(status: 'unpaid' | 'paid' | 'shipped'): Promise<OrderSummaryDto> {
    const orders = (await this.list({ view: 'active', tab: status })).filter(
      (order) => order.status === status,
    );
    const deadline = (order: OrderSummaryDto) => order.payBy ?? order.shipBy ?? order.completesAt;
    const chosen = orders.sort((a, b) => (deadline(b) ?? '').localeCompare(deadline(a) ?? ''))[0];
    if (!chosen) throw new Error(`the backend holds no ${status} order to use`);
    return chosen;
  }

  /** A cancelled order whose restoring is over: "Buy again" is offered on it. */
  async buyAgainSource(): Promise<SelectionItem> {
    const found =
      (await this.refusedWith('RESTORE_WINDOW_CLOSED')) ??
      (await this.refusedWith('REFUND_COMPLETED'));
    if (!found) throw new Error('the backend holds no order whose restore window is over');
    return found;
  }

  /** One page of the buyer's notifications (`limit` 1–100, default the backend's). */
  async notificationPage(query: Record<string, string> = {}): Promise<NotificationPage> {
    const answer = await this.api.call(endpoint.listNotifications, { query });
    return expectOk<NotificationPage>(
      answer,
      `GET /api/notifications?${new URLSearchParams(query)}`,
    );
  }

  /** How many notifications are unread, as the list says. */
  async unread(): Promise<number> {
    return (await this.notificationPage({ limit: '1' })).unread;
  }

  /** The first `count` unread notifications, newest first, or a failure saying there are fewer. */
  async unreadNotifications(count: number): Promise<NotificationDto[]> {
    const found = (await this.notificationPage({ limit: '100' })).notifications.filter(
      (notification) => !notification.read,
    );
    if (found.length < count) {
      throw new Error(
        `the backend holds ${found.length} unread notifications, the check needs ${count}`,
      );
    }
    return found.slice(0, count);
  }

  /** An order with a restore request waiting for the seller. */
  async requested(): Promise<SelectionItem> {
    const found = await this.refusedWith('ALREADY_REQUESTED');
    if (!found) throw new Error('the backend holds no order with a pending restore request');
    return found;
  }
}

/** A reason the contract accepts for this kind of order. */
export function reasonFor(item: Pick<SelectionItem, 'paid'>): string {
  return reasonsFor(item.paid ? 'paid' : 'unpaid')[0]!;
}

export function restoreBody(items: readonly SelectionItem[], message = RESTORE_MESSAGE) {
  return { items: items.map((item) => ({ orderId: item.id, reason: reasonFor(item) })), message };
}

/** What a change may alter, to tell "nothing changed" from "changed once". */
export function stateOf(order: OrderDto): string {
  return JSON.stringify({
    status: order.status,
    payment: order.payment.state,
    cancellation: order.cancellation?.at ?? null,
    requests: order.restoreRequests.map((request) => [request.id, request.outcome]),
  });
}
