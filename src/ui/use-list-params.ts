import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import { useRawSearch } from './use-raw-search';
import { MAX_SEARCH_LENGTH } from '../domain/search';

/**
 * A list's tab (or filter) and search, kept in the URL: back and forward work and a link can be
 * shared. Anything unknown in the URL falls back to the first tab.
 */
export function useListParams<K extends string>(
  name: 'tab' | 'filter',
  allowed: readonly K[],
  fallback: K,
) {
  const [path, navigate] = useLocation();
  const search = useRawSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const raw = params.get(name);
  const value =
    raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as K) : fallback;
  const q = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH);

  const hrefFor = useCallback(
    (next: K) => {
      const search = new URLSearchParams(params);
      if (next === fallback) search.delete(name);
      else search.set(name, next);
      const text = search.toString();
      return text ? `${path}?${text}` : path;
    },
    [path, params, name, fallback],
  );

  const setQ = useCallback(
    (next: string) => {
      const search = new URLSearchParams(params);
      if (next) search.set('q', next);
      else search.delete('q');
      const text = search.toString();
      navigate(text ? `${path}?${text}` : path, { replace: true });
    },
    [params, path, navigate],
  );

  return { value, q, hrefFor, setQ };
}
