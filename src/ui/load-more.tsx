import { t } from '@lingui/core/macro';
import { useEffect, useRef } from 'react';
import { Button } from './button';

/** How near the buyer scrolls before the next page loads by itself (CSS margin). */
const ROOT_MARGIN = '400px 0px';

/** "Load more", which also loads by itself when the buyer scrolls near it. */
export function LoadMore({ onLoad, loading }: { onLoad: () => void; loading: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
  });
  useEffect(() => {
    const button = ref.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadRef.current();
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="load-more">
      <Button ref={ref} onClick={onLoad} pending={loading} pendingLabel={t`Loading…`}>
        {t`Load more`}
      </Button>
    </div>
  );
}
