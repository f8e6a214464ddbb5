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
import { useScrollSeek } from '../../ui/use-scroll-seek';

/** A card's usual height before it is measured. */
const estimateRowSize = () => 300;

export type VirtualRowsProps = {
  orders: readonly Order[];
  /** The list's accessible name. */
  label: string;
  row: (order: Order) => ReactNode;
  /** "Load more", when there is more. */
  more: ReactNode;
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
};

/**
 * A long list of cancelled orders, virtualised: only the rows near the viewport are in the page.
 * Its own chunk, with the virtualiser: a list of one page never needs it.
 */
export function VirtualRows({
  orders,
  label,
  total,
  row,
  more,
  hasMore,
  loadingMore,
  loadMore,
}: VirtualRowsProps) {
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
  // While the buyer flings past, each row is a placeholder of its own height (measured, or the
  // estimate): at 4× CPU slowdown the cards a fast scroll brings in each frame had made most
  // frames long tasks.
  const seeking = useScrollSeek();
  // The row that holds the keyboard focus stays whole, so a fast scroll (Tab held down, say)
  // never takes the focus away.
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const last = items.at(-1);
  useEffect(() => {
    if (last && last.index >= orders.length - 8 && hasMore && !loadingMore) loadMore();
  }, [last, orders.length, hasMore, loadingMore, loadMore]);

  return (
    <>
      <ul
        ref={listRef}
        className="order-list order-list--virtual"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
        onFocus={(event) => {
          const row = event.target.closest<HTMLElement>('[data-index]');
          setFocusedIndex(row ? Number(row.dataset['index']) : null);
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(null);
        }}
      >
        {items.map((item) => {
          const order = orders[item.index]!;
          const placeholder = seeking && item.index !== focusedIndex;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              className="order-list__row"
              aria-busy={placeholder || undefined}
              style={{
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
                height: placeholder ? item.size : undefined,
              }}
            >
              {placeholder ? <div className="order-list__placeholder" /> : row(order)}
            </li>
          );
        })}
      </ul>
      {more}
    </>
  );
}
