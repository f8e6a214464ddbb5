/**
 * The mock's read queries, on top of the stored orders: the lists of My Orders and Deleted Orders
 * (by tab or filter, search and cursor), their counts, and the selection of Deleted Orders. They
 * bring orders up to the moment asked and never write.
 */
import type { OrderId } from '../src/domain/ids';
import type { Order } from '../src/domain/order';
import {
  activeSortKey,
  compareSortKeys,
  deletedSortKey,
  shownIn,
  placement,
  type ActiveTab,
  type DeletedFilter,
  type SortKey,
} from '../src/domain/placement';
import { restoreDeadline, restoreRefusalFor } from '../src/domain/restore-rules';
import { toIso } from '../src/domain/time';
import { OrderStore } from './db-store';

export type ListQuery = {
  view: 'active' | 'deleted';
  tab?: ActiveTab | undefined;
  filter?: DeletedFilter | undefined;
  q?: string | undefined;
  cursor?: SortKey | undefined;
  limit: number;
};

/** Search terms: every word must appear in the order number, a product title or the store name. */
export function searchTerms(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export abstract class OrderQueries extends OrderStore {
  private readonly haystacks = new Map<OrderId, string>();
  private readonly lists = new Map<
    string,
    { keyed: Array<{ key: SortKey; order: Order }>; version: number; from: number; until: number }
  >();

  private haystack(order: Order): string {
    let text = this.haystacks.get(order.id);
    if (text === undefined) {
      text = [order.id, ...order.items.map((item) => item.title), order.seller.name]
        .join(' ')
        .toLowerCase();
      this.haystacks.set(order.id, text);
    }
    return text;
  }

  matchesSearch(order: Order, terms: readonly string[]): boolean {
    if (terms.length === 0) return true;
    const text = this.haystack(order);
    return terms.every((term) => text.includes(term));
  }

  /**
   * Every order of a view, filter and search, in list order. Paging through 10,000 orders asks
   * for the same list again and again, so it is kept until something could change it: a change
   * to the data, or the first moment at which any order's place or order could move. Made in
   * slices (10,000 orders at once was a long task).
   */
  private async matching(
    view: 'active' | 'deleted',
    tab: ActiveTab,
    filter: DeletedFilter,
    q: string | undefined,
    now: number,
  ): Promise<Array<{ key: SortKey; order: Order }>> {
    const cacheKey = `${view}|${tab}|${filter}|${q ?? ''}`;
    const cached = this.lists.get(cacheKey);
    if (cached && cached.version === this.version && now >= cached.from && now < cached.until)
      return cached.keyed;
    const version = this.version;
    const terms = searchTerms(q);
    const keyed: Array<{ key: SortKey; order: Order }> = [];
    let until = Number.POSITIVE_INFINITY;
    await this.forEachMine(now, (order, id) => {
      until = Math.min(until, this.memo.get(id)?.until ?? now + 1);
      const where = placement(order, now);
      if (where.view === 'deleted' && where.filter === 'restorable') {
        until = Math.min(until, restoreDeadline(order) ?? until);
      }
      if (!shownIn(where, view, tab, filter)) return;
      if (!this.matchesSearch(order, terms)) return;
      keyed.push({
        key: view === 'active' ? activeSortKey(order) : deletedSortKey(order, now),
        order,
      });
    });
    keyed.sort((a, b) => compareSortKeys(a.key, b.key));
    // Kept only if nothing changed while it was collected.
    if (this.version === version) {
      if (this.lists.size > 16) this.lists.clear();
      this.lists.set(cacheKey, { keyed, version, from: now, until });
    }
    return keyed;
  }

  async list(
    query: ListQuery,
    now: number,
  ): Promise<{ orders: Order[]; nextKey: SortKey | null; total: number }> {
    const keyed = await this.matching(
      query.view,
      query.tab ?? 'all',
      query.filter ?? 'all',
      query.q,
      now,
    );
    const cursor = query.cursor;
    let start = 0;
    if (cursor) {
      // The first order after the cursor's key.
      let high = keyed.length;
      while (start < high) {
        const middle = (start + high) >>> 1;
        if (compareSortKeys(keyed[middle]!.key, cursor) <= 0) start = middle + 1;
        else high = middle;
      }
    }
    const page = keyed.slice(start, start + query.limit);
    const more = start + query.limit < keyed.length;
    return {
      orders: page.map((entry) => entry.order),
      nextKey: more ? page.at(-1)!.key : null,
      total: keyed.length,
    };
  }

  async counts(q: string | undefined, now: number) {
    const terms = searchTerms(q);
    const active = { all: 0, unpaid: 0, paid: 0, shipped: 0, refunding: 0, finished: 0 };
    const deleted = { all: 0, restorable: 0, requested: 0, closed: 0 };
    await this.forEachMine(now, (order) => {
      if (!this.matchesSearch(order, terms)) return;
      const where = placement(order, now);
      if (where.view === 'active') {
        active.all += 1;
        active[where.tab] += 1;
      } else {
        deleted.all += 1;
        deleted[where.filter] += 1;
      }
    });
    return { active, deleted };
  }

  async selection(filter: DeletedFilter, q: string | undefined, now: number) {
    const sellers = new Map<string, Order['seller']>();
    const items = (await this.matching('deleted', 'all', filter, q, now)).map(({ order }) => {
      const refusal = restoreRefusalFor(order, now);
      const deadline = restoreDeadline(order);
      sellers.set(order.seller.id, order.seller);
      return {
        id: order.id,
        paid: order.payment.state === 'paid',
        restorable: refusal === null,
        whyNot: refusal,
        restoreBy: deadline === undefined ? null : toIso(deadline),
        sellerId: order.seller.id,
      };
    });
    return { items, sellers: [...sellers.values()] };
  }
}
