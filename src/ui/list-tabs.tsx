import { Link } from 'wouter';
import { formatCount } from '../i18n/format';

export type ListTab<K extends string> = { value: K; label: string; count: number | undefined };

/** Tabs (My Orders) or filters (Deleted Orders) as links named by their label, count after it. */
export function ListTabs<K extends string>({
  label,
  tabs,
  current,
  hrefFor,
}: {
  label: string;
  tabs: ReadonlyArray<ListTab<K>>;
  current: K;
  hrefFor: (value: K) => string;
}) {
  return (
    <nav aria-label={label} className="list-tabs">
      <ul className="list-tabs__list">
        {tabs.map((tab) => (
          <li key={tab.value}>
            <Link
              to={hrefFor(tab.value)}
              className="list-tabs__tab"
              aria-current={tab.value === current ? 'page' : undefined}
            >
              {tab.label}
              {tab.count !== undefined && (
                <span className="list-tabs__count">
                  {' '}
                  <bdi>{formatCount(tab.count)}</bdi>
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
