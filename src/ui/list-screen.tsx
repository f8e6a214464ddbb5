import type { ReactNode } from 'react';
import { plural } from '../domain/count';
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
  return (
    <>
      <title>{`${section ? `${title}: ${section}` : title} · Order Restore`}</title>
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
  /** "orders" / "cancelled orders", for the messages. */
  what: string;
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
        <p>You&apos;re offline. Your orders will load when you&apos;re back online.</p>
      </div>
    );
  }
  if (query.isPending) return <ListSkeleton label={`Loading your ${what}…`} />;
  // What is shown stays shown: a failed refresh is said above it, with a retry.
  const refreshFailed = query.isRefetchError && (
    <div role="alert" className="notice notice--warning">
      <p>
        Your {what} could not be refreshed, so this may not be up to date. {errorText}
      </p>
      <Button size="small" onClick={() => void query.refetch()}>
        Try again
      </Button>
    </div>
  );
  if (query.isError && !query.isRefetchError) {
    return (
      <div role="alert" className="error-state">
        <p>
          Your {what} could not be loaded. {errorText}
        </p>
        <Button onClick={() => void query.refetch()}>Try again</Button>
      </div>
    );
  }
  if (empty) {
    return (
      <>
        {refreshFailed}
        <div className="empty-state">
          <p>{q ? `No ${what} match “${q}”.` : emptyText}</p>
          {q && <Button onClick={() => onSearch('')}>Clear search</Button>}
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
  return (
    <p className="list-screen__total">
      {total === undefined ? null : plural(total, 'order', 'orders')}
      {q && ` matching “${q}”`}
    </p>
  );
}
