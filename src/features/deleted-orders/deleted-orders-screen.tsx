import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useBuyAgain } from '../../api/buy-again';
import { QueuedError } from '../../api/outbox';
import { orderQueries } from '../../api/order-queries';
import { useRefetchAtDeadlines } from '../../api/use-refetch-at-deadlines';
import type { Order } from '../../domain/order';
import { DELETED_FILTERS, FILTER_LABELS, type DeletedFilter } from '../../domain/placement';
import {
  isSelected,
  selectAllState,
  selectedCount,
  type SelectionScope,
} from '../../domain/selection';
import { changeFailedText } from '../../ui/change-words';
import { errorMessage } from '../../ui/error-message';
import { ListBody, ListScreenHead, ListTotal } from '../../ui/list-screen';
import { ListTabs } from '../../ui/list-tabs';
import { LoadMore } from '../../ui/load-more';
import { pushNotice } from '../../ui/notices';
import type { RestoreTarget } from '../../ui/restore-target';
import { useListParams } from '../../ui/use-list-params';
import { DeletedOrderCard } from './deleted-order-card';
import { formatCount } from '../../domain/count';
import type { CardActions } from './restore-section';
import { SaleBanner } from './sale-banner';
import { SelectionBar } from './selection-bar';
import { useSelection } from './use-selection';
import { WithdrawDialog } from '../../ui/withdraw-dialog';

/**
 * Once this many orders are loaded the list is virtualised; the first page is rendered whole (it
 * paints at once, and find-in-page and QA flows see every row of it).
 */
const VIRTUALIZE_FROM = 60;
/** A card's usual height before it is measured. */
const estimateRowSize = () => 300;

const EMPTY: Readonly<Record<DeletedFilter, string>> = {
  all: 'You have no cancelled orders.',
  restorable: 'No cancelled order can be restored right now.',
  requested: 'No restore requests are waiting for an answer.',
  closed: 'No closed orders.',
};

function isDeletedStatus(order: Order, filter: DeletedFilter): boolean {
  if (order.status === 'restoration_requested') return filter === 'all' || filter === 'requested';
  if (order.status === 'cancelled') return filter !== 'requested';
  return false;
}

export type DeletedOrdersScreenProps = {
  /** Opens the restore dialog; `onSent` is called once the buyer dismisses its summary. */
  onRestore: (target: RestoreTarget, onSent?: () => void) => void;
};

export function DeletedOrdersScreen({ onRestore }: DeletedOrdersScreenProps) {
  const {
    value: filter,
    q,
    hrefFor,
    setQ,
  } = useListParams<DeletedFilter>('filter', DELETED_FILTERS, 'all');
  const scope = useMemo<SelectionScope>(() => ({ filter, q }), [filter, q]);
  const counts = useQuery(orderQueries.counts(q));
  const list = useInfiniteQuery(orderQueries.list({ view: 'deleted', filter, q }));
  const selection = useSelection(scope);
  const navigate = useNavigate();
  const buyAgain = useBuyAgain();
  const [withdrawing, setWithdrawing] = useState<Order | null>(null);

  // Optimistic changes (a request sent, withdrawn) move orders between filters before the refetch.
  const orders = useMemo(
    () =>
      (list.data?.pages.flatMap((page) => page.orders) ?? []).filter((order) =>
        isDeletedStatus(order, filter),
      ),
    [list.data, filter],
  );
  useRefetchAtDeadlines(orders);
  const total = list.data?.pages[0]?.total ?? 0;
  const count = selectedCount(selection.selection);
  const allState = selectAllState(selection.selection, total);

  const focusHeading = useCallback(() => document.getElementById('deleted-orders-title'), []);
  const actions = useMemo<CardActions>(
    () => ({
      onRestore: (order) => onRestore({ kind: 'one', order }),
      onWithdraw: (order) => setWithdrawing(order),
      onBuyAgain: (order) =>
        buyAgain.mutate(
          { order },
          {
            onSuccess: (created) => void navigate(`/orders/${created.id}`),
            onError: (error) => {
              if (!(error instanceof QueuedError)) {
                pushNotice(changeFailedText('buyAgain', order.id, errorMessage(error)), 'error');
              }
            },
          },
        ),
      buyingAgain: buyAgain.isPending,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- buyAgain.mutate is stable
    [onRestore, navigate, buyAgain.isPending],
  );

  const restoreSelected = () =>
    onRestore(
      {
        kind: 'many',
        selection: selection.selection,
        scope,
      },
      selection.clear,
    );

  const tabs = DELETED_FILTERS.map((value) => ({
    value,
    label: FILTER_LABELS[value],
    count: counts.data?.deleted[value],
  }));

  return (
    <section
      aria-labelledby="deleted-orders-title"
      className={`list-screen ${count > 0 ? 'list-screen--selecting' : ''}`}
    >
      <ListScreenHead
        id="deleted-orders-title"
        title="Deleted Orders"
        section={filter === 'all' ? undefined : FILTER_LABELS[filter]}
        q={q}
        onSearch={setQ}
      >
        Ask a seller to restore a cancelled order: unpaid orders within their restore window, paid
        orders until the refund lands.
      </ListScreenHead>
      <SaleBanner />
      <ListTabs label="Restore status" tabs={tabs} current={filter} hrefFor={hrefFor} />

      <ListBody
        query={list}
        empty={orders.length === 0}
        what="cancelled orders"
        emptyText={EMPTY[filter]}
        q={q}
        onSearch={setQ}
      >
        <>
          <div className="list-toolbar">
            <SelectAll
              state={allState}
              onChange={(checked) => (checked ? selection.selectAll(total) : selection.clear())}
            />
            <ListTotal total={total} q={q} />
          </div>
          {selection.dropped > 0 && (
            <div className="notice notice--info" role="status">
              <p>
                {formatCount(selection.dropped)} selected{' '}
                {selection.dropped === 1 ? 'order does' : 'orders do'} not match this filter or
                search and {selection.dropped === 1 ? 'was' : 'were'} dropped from the selection.
              </p>
              <button
                type="button"
                className="button button--small"
                onClick={selection.dismissDropped}
              >
                Dismiss
              </button>
            </div>
          )}
          <OrderRows
            orders={orders}
            total={total}
            selection={selection.selection}
            onToggle={selection.toggle}
            actions={actions}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            loadMore={() => {
              if (!list.isFetchingNextPage && list.hasNextPage) void list.fetchNextPage();
            }}
          />
        </>
      </ListBody>

      <SelectionBar
        count={count}
        all={selection.selection.mode === 'all' && selection.selection.except.size === 0}
        onRestore={restoreSelected}
        onClear={selection.clear}
      />
      {withdrawing && (
        <WithdrawDialog
          order={withdrawing}
          onClose={() => setWithdrawing(null)}
          fallbackFocus={focusHeading}
        />
      )}
    </section>
  );
}

function SelectAll({
  state,
  onChange,
}: {
  state: 'checked' | 'unchecked' | 'mixed';
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'mixed';
  }, [state]);
  return (
    <label className="select-all">
      <input
        ref={ref}
        type="checkbox"
        checked={state === 'checked'}
        onChange={() => onChange(state !== 'checked')}
      />
      Select all
    </label>
  );
}

type RowsProps = {
  orders: readonly Order[];
  total: number;
  selection: ReturnType<typeof useSelection>['selection'];
  onToggle: (id: string) => void;
  actions: CardActions;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
};

function OrderRows(props: RowsProps) {
  return props.orders.length >= VIRTUALIZE_FROM ? (
    <VirtualRows {...props} />
  ) : (
    <PlainRows {...props} />
  );
}

function PlainRows({
  orders,
  selection,
  onToggle,
  actions,
  hasMore,
  loadingMore,
  loadMore,
}: RowsProps) {
  return (
    <>
      <ul className="order-list" aria-label="Cancelled orders">
        {orders.map((order) => (
          <li key={order.id}>
            <DeletedOrderCard
              order={order}
              selected={isSelected(selection, order.id)}
              onToggle={onToggle}
              actions={actions}
            />
          </li>
        ))}
      </ul>
      {hasMore && <LoadMore loading={loadingMore} onLoad={loadMore} />}
    </>
  );
}

function VirtualRows({
  orders,
  total,
  selection,
  onToggle,
  actions,
  hasMore,
  loadingMore,
  loadMore,
}: RowsProps) {
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
    overscan: 4,
    scrollMargin: offset,
    getItemKey,
    // React batches the scroll updates instead of rendering synchronously inside each scroll event.
    useFlushSync: false,
    // The first render already shows the rows in view, instead of waiting for a measurement.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  useEffect(() => {
    if (last && last.index >= orders.length - 8 && hasMore && !loadingMore) loadMore();
  }, [last, orders.length, hasMore, loadingMore, loadMore]);

  return (
    <>
      <ul
        ref={listRef}
        className="order-list order-list--virtual"
        aria-label="Cancelled orders"
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
              <DeletedOrderCard
                order={order}
                selected={isSelected(selection, order.id)}
                onToggle={onToggle}
                actions={actions}
              />
            </li>
          );
        })}
      </ul>
      {hasMore && <LoadMore loading={loadingMore} onLoad={loadMore} />}
    </>
  );
}
