import { useRouter } from 'wouter';

/**
 * The address's search string without its "?", not yet decoded: wouter's own `useSearch` (and
 * its `useSearchParams`) decode it before `URLSearchParams` decodes it again, so a search for
 * "%3C" would come back as "<". Read the search through this hook and decode it once.
 */
export function useRawSearch(): string {
  const router = useRouter();
  return router.searchHook(router).replace(/^\?/, '');
}
