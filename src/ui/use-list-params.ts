import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
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
  const [params, setParams] = useSearchParams();
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
      return text ? `?${text}` : '?';
    },
    [params, name, fallback],
  );

  const setQ = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const search = new URLSearchParams(current);
          if (next) search.set('q', next);
          else search.delete('q');
          return search;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { value, q, hrefFor, setQ };
}
