import { t } from '@lingui/core/macro';
import { createElement, useCallback, useEffect, useState, type ComponentType } from 'react';
import type { Order } from '../../domain/order';
import { isSelected, type SelectionState } from '../../domain/selection';
import { LoadMore } from '../../ui/load-more';
import { useFirstScreenFirst } from '../../ui/use-first-screen-first';
import { DeletedOrderCard } from './deleted-order-card';
import type { CardActions } from './restore-section';
import type { VirtualRowsProps } from './virtual-rows';

/**
 * Once this many orders are loaded the list is virtualised; the first page is rendered whole (it
 * paints at once, and find-in-page and QA flows see every row of it).
 */
const VIRTUALIZE_FROM = 60;

type VirtualRowsComponent = ComponentType<VirtualRowsProps>;
let virtualRows: Promise<VirtualRowsComponent> | undefined;
let loadedVirtualRows: VirtualRowsComponent | undefined;

/**
 * The virtualised list's code (and the virtualiser's), fetched when a second page is first asked
 * for: a buyer whose cancelled orders fit on one page never downloads it. Asked again after a
 * failed fetch; until it is here the rows are rendered whole.
 */
function loadVirtualRows(): Promise<VirtualRowsComponent> {
  virtualRows ??= import('./virtual-rows').then(
    (module) => (loadedVirtualRows = module.VirtualRows),
    (error: unknown) => {
      virtualRows = undefined;
      throw error;
    },
  );
  return virtualRows;
}

/** Whether the list is to be virtualised: `wanted`, and its code is here (fetched if not). */
function useVirtualRowsReady(wanted: boolean): boolean {
  const [loaded, setLoaded] = useState(() => loadedVirtualRows !== undefined);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadVirtualRows().then(
      () => live && setLoaded(true),
      // Offline, say: the rows stay whole, and the next page asked for tries again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  return wanted && loaded;
}

/** The virtualised list, once its code is here. */
function LoadedVirtualRows(props: VirtualRowsProps) {
  return createElement(loadedVirtualRows!, props);
}

type RowsProps = {
  orders: readonly Order[];
  total: number;
  selection: SelectionState;
  onToggle: (id: string) => void;
  actions: CardActions;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
};

/** The list of cancelled orders: whole while short, virtualised once it is long. */
export function OrderRows({
  orders: allOrders,
  total,
  selection,
  onToggle,
  actions,
  hasMore,
  loadingMore,
  loadMore,
}: RowsProps) {
  const orders = useFirstScreenFirst(allOrders);
  const row = (order: Order) => (
    <DeletedOrderCard
      order={order}
      selected={isSelected(selection, order.id)}
      onToggle={onToggle}
      actions={actions}
    />
  );
  const virtual = useVirtualRowsReady(orders.length >= VIRTUALIZE_FROM);
  // The virtualised list's code is fetched beside the second page, to be here when it is.
  const loadNextPage = useCallback(() => {
    loadVirtualRows().catch(() => undefined);
    loadMore();
  }, [loadMore]);
  const label = t`Cancelled orders`;
  const more = hasMore && <LoadMore loading={loadingMore} onLoad={loadNextPage} />;
  return virtual ? (
    <LoadedVirtualRows
      {...{ orders, label, total, row, more, hasMore, loadingMore }}
      loadMore={loadNextPage}
    />
  ) : (
    <PlainRows {...{ orders, label, row, more }} />
  );
}

function PlainRows({
  orders,
  label,
  row,
  more,
}: Pick<VirtualRowsProps, 'orders' | 'label' | 'row' | 'more'>) {
  return (
    <>
      <ul className="order-list" aria-label={label}>
        {orders.map((order) => (
          <li key={order.id}>{row(order)}</li>
        ))}
      </ul>
      {more}
    </>
  );
}
