import { t } from '@lingui/core/macro';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Order } from '../../domain/order';
import { isSelected, type SelectionState } from '../../domain/selection';
import { LoadMore } from '../../ui/load-more';
import { useFirstScreenFirst } from '../../ui/use-first-screen-first';
import { DeletedOrderCard } from './deleted-order-card';
import type { CardActions } from './restore-section';

/**
 * Once this many orders are loaded the list is virtualised; the first page is rendered whole (it
 * paints at once, and find-in-page and QA flows see every row of it).
 */
const VIRTUALIZE_FROM = 60;
/** A card's usual height before it is measured. */
const estimateRowSize = () => 300;

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
  const more = hasMore && <LoadMore loading={loadingMore} onLoad={loadMore} />;
  return orders.length >= VIRTUALIZE_FROM ? (
    <VirtualRows {...{ orders, total, row, more, hasMore, loadingMore, loadMore }} />
  ) : (
    <PlainRows {...{ orders, row, more }} />
  );
}

type Rendered = {
  orders: readonly Order[];
  row: (order: Order) => ReactNode;
  /** "Load more", when there is more. */
  more: ReactNode;
};

function PlainRows({ orders, row, more }: Rendered) {
  return (
    <>
      <ul className="order-list" aria-label={t`Cancelled orders`}>
        {orders.map((order) => (
          <li key={order.id}>{row(order)}</li>
        ))}
      </ul>
      {more}
    </>
  );
}

function VirtualRows({
  orders,
  total,
  row,
  more,
  hasMore,
  loadingMore,
  loadMore,
}: Rendered & Pick<RowsProps, 'total' | 'hasMore' | 'loadingMore' | 'loadMore'>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(listRef.current?.offsetTop ?? 0);
  }, []);
  // Stable between renders: the virtualizer lays out every row again whenever getItemKey changes,
  // which on 10,000 orders made each scroll frame a long task.
  const getItemKey = useCallback((index: number) => orders[index]!.id, [orders]);
  const virtualizer = useWindowVirtualizer({
    count: orders.length,
    estimateSize: estimateRowSize,
    // One row beyond each edge: every row mounted costs a card's layout in the frame it appears.
    overscan: 1,
    scrollMargin: offset,
    getItemKey,
    // The first render already shows the rows in view, instead of waiting for a measurement.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  // The rows of a new scroll position render in the background (React can interrupt and drop
  // that render when the buyer scrolls on), so a fast scroll never blocks the page: at 4× CPU
  // slowdown each frame's rows had made every frame a long task.
  const items = useDeferredValue(virtualizer.getVirtualItems());
  const last = items.at(-1);
  useEffect(() => {
    if (last && last.index >= orders.length - 8 && hasMore && !loadingMore) loadMore();
  }, [last, orders.length, hasMore, loadingMore, loadMore]);

  return (
    <>
      <ul
        ref={listRef}
        className="order-list order-list--virtual"
        aria-label={t`Cancelled orders`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const order = orders[item.index]!;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              className="order-list__row"
              style={{
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              {row(order)}
            </li>
          );
        })}
      </ul>
      {more}
    </>
  );
}
