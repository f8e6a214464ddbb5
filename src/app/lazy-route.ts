import { createElement, lazy, type ComponentType } from 'react';

export type LazyRoute<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * A route screen in its own chunk. Once the chunk is loaded (preloaded before the first render,
 * or when the browser is idle), the screen renders straight away: no Suspense fallback, and none of
 * React's delay before revealing what a fallback stood in for.
 */
export function lazyRoute<P extends object>(load: () => Promise<ComponentType<P>>): LazyRoute<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
    });
  const Suspending = lazy(() => load().then((component) => ({ default: component })));
  function Route(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Suspending, props);
  }
  return Object.assign(Route, { preload });
}
