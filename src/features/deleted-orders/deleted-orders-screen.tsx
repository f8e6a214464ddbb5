import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { orderQueries } from '../../api/order-queries';
import { useRefetchAtDeadlines } from '../../api/use-refetch-at-deadlines';
import type { OrderId } from '../../domain/ids';
import type { Order } from '../../domain/order';
import { DELETED_FILTERS, stillInFilter, type DeletedFilter } from '../../domain/placement';
import { selectAllState, selectedCount, type SelectionScope } from '../../domain/selection';
import { withMessages } from '../../i18n/activate';
import { useBuyAgainAction } from '../../order-actions/buy-again-button';
import { errorMessage } from '../../order-actions/error-message';
import { Button } from '../../ui/button';
import { ListBody, ListScreenHead, ListTotal } from '../../ui/list-screen';
import { ListTabs } from '../../ui/list-tabs';
import type { RestoreTarget } from '../../domain/restore-target';
import { useListParams } from '../../ui/use-list-params';
import { filterLabel } from '../../i18n/words/status-words';
import { OrderRows } from './order-rows';
import { SelectAll } from './select-all';
import type { CardActions } from './restore-section';
import { ClosingSoonBanner } from './closing-soon-banner';
import { SaleBanner } from './sale-banner';
import { SelectionBar } from './selection-bar';
import { droppedNoticeText } from '../../ui/selection-words';
import { useSelection } from './use-selection';

const WithdrawDialog = lazy(
  withMessages('later', () => import('../../order-actions/withdraw-dialog')),
);

const EMPTY: Readonly<Record<DeletedFilter, MessageDescriptor>> = {
  all: msg`You have no cancelled orders.`,
  restorable: msg`No cancelled order can be restored right now.`,
  requested: msg`No restore requests are waiting for an answer.`,
  closed: msg`No closed orders.`,
};

type DeletedOrdersScreenProps = {
  /** Opens the restore dialog; `onSent` gets the orders that failed once the answers are in. */
  onRestore: (target: RestoreTarget, onSent?: (failed: readonly OrderId[]) => void) => void;
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
  const buyAgain = useBuyAgainAction();
  const [withdrawing, setWithdrawing] = useState<Order | null>(null);

  // Optimistic changes (a request sent, withdrawn) move orders between filters before the refetch.
  const orders = useMemo(
    () =>
      (list.data?.pages.flatMap((page) => page.orders) ?? []).filter((order) =>
        stillInFilter(order, filter),
      ),
    [list.data, filter],
  );
  useRefetchAtDeadlines(orders, list.dataUpdatedAt);
  const total = list.data?.pages[0]?.total ?? 0;
  const count = selectedCount(selection.selection);
  const allState = selectAllState(selection.selection, total);

  const focusHeading = useCallback(() => document.getElementById('deleted-orders-title'), []);
  const actions = useMemo<CardActions>(
    () => ({
      onRestore: (order) => onRestore({ kind: 'one', order }),
      onWithdraw: (order) => setWithdrawing(order),
      buyAgain,
    }),
    [onRestore, buyAgain],
  );

  const restoreSelected = () =>
    onRestore(
      {
        kind: 'many',
        selection: selection.selection,
        scope,
      },
      selection.keepOnly,
    );

  const tabs = DELETED_FILTERS.map((value) => ({
    value,
    label: filterLabel(value),
    count: counts.data?.deleted[value],
  }));

  return (
    <section
      aria-labelledby="deleted-orders-title"
      className={`list-screen ${count > 0 ? 'list-screen--selecting' : ''}`}
    >
      <ListScreenHead
        id="deleted-orders-title"
        title={t`Deleted Orders`}
        section={filter === 'all' ? undefined : filterLabel(filter)}
        q={q}
        onSearch={setQ}
      >
        {t`Ask a seller to restore a cancelled order: unpaid orders within their restore window, paid orders until the refund lands.`}
      </ListScreenHead>
      <SaleBanner />
      <ClosingSoonBanner onSelect={selection.keepOnly} />
      <ListTabs label={t`Restore status`} tabs={tabs} current={filter} hrefFor={hrefFor} />

      <ListBody
        query={list}
        empty={orders.length === 0}
        what="cancelled orders"
        errorText={errorMessage(list.error)}
        emptyText={i18n._(EMPTY[filter])}
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
              <p>{droppedNoticeText(selection.dropped)}</p>
              <Button size="small" onClick={selection.dismissDropped}>
                {t`Dismiss`}
              </Button>
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
        <Suspense fallback={null}>
          <WithdrawDialog
            order={withdrawing}
            onClose={() => setWithdrawing(null)}
            fallbackFocus={focusHeading}
          />
        </Suspense>
      )}
    </section>
  );
}
