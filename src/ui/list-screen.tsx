import { plural, t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { Button } from './button';
import { ListSkeleton } from './list-skeleton';
import { SearchBox } from './search-box';

/**
 * The head both lists share: page title (naming the tab or filter shown, unless it is the first),
 * heading (focusable after a dialog), search, intro.
 */
export function ListScreenHead({
  id,
  title,
  section,
  q,
  onSearch,
  children,
}: {
  id: string;
  title: string;
  /** The label of the tab or filter shown, when it is not "All". */
  section?: string | undefined;
  q: string;
  onSearch: (q: string) => void;
  children: ReactNode;
}) {
  const pageTitle = section
    ? t({
        message: `${title}: ${section} · Order Restore`,
        comment: 'The page title: the list, the tab or filter shown, then the app',
      })
    : t({ message: `${title} · Order Restore`, comment: 'The page title: the view, then the app' });
  return (
    <>
      <title>{pageTitle}</title>
      <div className="list-screen__head">
        <h1 id={id} tabIndex={-1}>
          {title}
        </h1>
        <SearchBox value={q} onChange={onSearch} />
      </div>
      <p className="list-screen__intro">{children}</p>
    </>
  );
}

/** The lists `ListBody` speaks of; each says its own sentences. */
type ListKind = 'orders' | 'cancelled orders';

type ListWords = {
  loading: () => string;
  refreshFailed: (errorText: string) => string;
  loadFailed: (errorText: string) => string;
  noMatch: (search: string) => string;
};

const LIST_WORDS: Readonly<Record<ListKind, ListWords>> = {
  orders: {
    loading: () => t`Loading your orders…`,
    refreshFailed: (errorText) =>
      t`Your orders could not be refreshed, so this may not be up to date. ${errorText}`,
    loadFailed: (errorText) => t`Your orders could not be loaded. ${errorText}`,
    noMatch: (search) => t`No orders match “${search}”.`,
  },
  'cancelled orders': {
    loading: () => t`Loading your cancelled orders…`,
    refreshFailed: (errorText) =>
      t`Your cancelled orders could not be refreshed, so this may not be up to date. ${errorText}`,
    loadFailed: (errorText) => t`Your cancelled orders could not be loaded. ${errorText}`,
    noMatch: (search) => t`No cancelled orders match “${search}”.`,
  },
};

type ListQueryState = {
  isPending: boolean;
  isError: boolean;
  /** Failed to refresh a list it already shows (from the last visit, or loaded before). */
  isRefetchError: boolean;
  fetchStatus: 'fetching' | 'paused' | 'idle';
  refetch: () => Promise<unknown>;
};

/**
 * What a list shows before and instead of its rows: offline, loading, an error with a retry, or
 * its empty state (with a way out of a search that found nothing).
 */
export function ListBody({
  query,
  empty,
  what,
  errorText,
  emptyText,
  q,
  onSearch,
  children,
}: {
  query: ListQueryState;
  empty: boolean;
  /** Which list it is (My Orders' "orders", Deleted Orders' "cancelled orders"), for the messages. */
  what: ListKind;
  /** Why it failed, in words a buyer can act on (said when loading or refreshing failed). */
  errorText: string;
  emptyText: string;
  q: string;
  /** Called with '' by "Clear search". */
  onSearch: (q: string) => void;
  children: ReactNode;
}) {
  if (query.isPending && query.fetchStatus === 'paused') {
    return (
      <div role="alert" className="error-state">
        <p>{t`You're offline. Your orders will load when you're back online.`}</p>
      </div>
    );
  }
  const words = LIST_WORDS[what];
  if (query.isPending) return <ListSkeleton label={words.loading()} />;
  // What is shown stays shown: a failed refresh is said above it, with a retry.
  const refreshFailed = query.isRefetchError && (
    <div role="alert" className="notice notice--warning">
      <p>{words.refreshFailed(errorText)}</p>
      <Button size="small" onClick={() => void query.refetch()}>
        {t`Try again`}
      </Button>
    </div>
  );
  if (query.isError && !query.isRefetchError) {
    return (
      <div role="alert" className="error-state">
        <p>{words.loadFailed(errorText)}</p>
        <Button onClick={() => void query.refetch()}>{t`Try again`}</Button>
      </div>
    );
  }
  if (empty) {
    return (
      <>
        {refreshFailed}
        <div className="empty-state">
          <p>{q ? words.noMatch(q) : emptyText}</p>
          {q && <Button onClick={() => onSearch('')}>{t`Clear search`}</Button>}
        </div>
      </>
    );
  }
  return (
    <>
      {refreshFailed}
      {children}
    </>
  );
}

/** "1,240 orders matching “lamp”". */
export function ListTotal({ total, q }: { total: number | undefined; q: string }) {
  return <p className="list-screen__total">{totalText(total, q)}</p>;
}

function totalText(total: number | undefined, q: string): string | null {
  const search = q;
  if (total === undefined) {
    return search ? ` ${t({ message: `matching “${search}”`, context: 'list total' })}` : null;
  }
  return search
    ? plural(total, {
        one: `# order matching “${search}”`,
        other: `# orders matching “${search}”`,
      })
    : plural(total, { one: '# order', other: '# orders' });
}
