import { useEffect, useRef } from 'react';
import { Button } from './button';

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
      { rootMargin: '400px 0px' },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="load-more">
      <Button ref={ref} onClick={onLoad} pending={loading} pendingLabel="Loading…">
        Load more
      </Button>
    </div>
  );
}
