import { createElement, lazy, type ComponentType } from 'react';
import { withMessages } from '../i18n/activate';
import { SCREEN_ROUTES, screenRouteAt, type ScreenRoute } from './route-table';

type LazyScreen = ComponentType & { preload: () => Promise<void> };

/**
 * A route screen in its own chunk. Once the chunk is loaded (preloaded before the first render,
 * or when a link to it is about to be used), the screen renders straight away: no Suspense
 * fallback, and none of React's delay before revealing what a fallback stood in for.
 */
function lazyScreen(route: ScreenRoute): LazyScreen {
  const load = withMessages(route.messages, route.load);
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
    });
  const Suspending = lazy(load);
  function Screen() {
    return loaded ? createElement(loaded) : createElement(Suspending);
  }
  return Object.assign(Screen, { preload });
}

/** Every screen of the route table, each once, for the router. */
export const LAZY_SCREENS: ReadonlyMap<ScreenRoute, LazyScreen> = new Map(
  SCREEN_ROUTES.map((route) => [route, lazyScreen(route)]),
);

/** Loads the code of the screen at `pathname`: before the first render, or when a link to it is about to be used. */
export function preloadScreen(pathname: string): Promise<unknown> {
  const route = screenRouteAt(pathname);
  return route ? LAZY_SCREENS.get(route)!.preload() : Promise.resolve();
}
