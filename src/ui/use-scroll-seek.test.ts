import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEEK_SETTLE_MS, SEEK_SPEED, useScrollSeek } from './use-scroll-seek';

/** Moves the window to `y` at `at` ms and fires its scroll event. */
function scrollTo(y: number, at: number) {
  vi.setSystemTime(at);
  vi.spyOn(performance, 'now').mockReturnValue(at);
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  act(() => {
    window.dispatchEvent(new Event('scroll'));
  });
}

describe('useScrollSeek', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    scrollTo(0, 1_000);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('stays off while the buyer reads: a wheel step, a page down a second later', () => {
    const { result } = renderHook(() => useScrollSeek());
    scrollTo(100, 1_100);
    scrollTo(1_000, 2_100);
    expect(result.current).toBe(false);
  });

  it('turns on past its speed, and off once the scroll has slowed for a moment', () => {
    const { result } = renderHook(() => useScrollSeek());
    scrollTo(1_800, 1_050); // 36 px a millisecond: a fling
    expect(result.current).toBe(true);
    scrollTo(1_800 + SEEK_SPEED * 10, 1_060); // just at the speed: not faster
    act(() => {
      vi.advanceTimersByTime(SEEK_SETTLE_MS - 20);
    });
    expect(result.current).toBe(true);
    act(() => {
      vi.advanceTimersByTime(20);
    });
    expect(result.current).toBe(false);
  });

  it('a fast scroll keeps it on for as long as it lasts', () => {
    const { result } = renderHook(() => useScrollSeek());
    let y = 0;
    for (let at = 1_050; at < 2_000; at += 50) {
      y += 1_800;
      scrollTo(y, at);
      act(() => {
        vi.advanceTimersByTime(49);
      });
      expect(result.current).toBe(true);
    }
  });

  it('stops listening once unmounted', () => {
    const remove = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderHook(() => useScrollSeek());
    unmount();
    expect(remove).toHaveBeenCalledWith('scroll', expect.any(Function));
  });
});
