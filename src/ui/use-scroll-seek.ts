import { startTransition, useEffect, useState } from 'react';

/**
 * Faster than this (CSS pixels a millisecond: a 900 px screen in 300 ms) the window is seeking,
 * not being read: a fling, a dragged scrollbar, a held key.
 */
export const SEEK_SPEED = 3;
/** Seeking ends this long after the last scroll that fast. */
export const SEEK_SETTLE_MS = 150;

/**
 * Whether the window is scrolling too fast to read, as a long list's placeholders need it (the
 * "scroll seek" of react-virtuoso): rows that fly past in a frame get a placeholder of their own
 * height instead of their whole content, so a fast scroll never makes the page build, lay out and
 * paint content nobody sees. When it slows down or stops the rows are drawn, in a transition that
 * input can interrupt.
 */
export function useScrollSeek(): boolean {
  const [seeking, setSeeking] = useState(false);
  useEffect(() => {
    let lastY = window.scrollY;
    let lastAt = performance.now();
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      const at = performance.now();
      const y = window.scrollY;
      const speed = Math.abs(y - lastY) / Math.max(at - lastAt, 1);
      lastY = y;
      lastAt = at;
      if (speed <= SEEK_SPEED) return;
      setSeeking(true);
      clearTimeout(settle);
      settle = setTimeout(() => startTransition(() => setSeeking(false)), SEEK_SETTLE_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      clearTimeout(settle);
    };
  }, []);
  return seeking;
}
