/**
 * The screens that load in their own chunk: the router renders them (router.tsx, through
 * lazy-route.ts) and the early preload starts fetching the one being opened (early-preload.ts).
 * This module imports nothing at run time (the `ComponentType` import is a type), so the early
 * preload reads it before React and the rest of the app are evaluated.
 *
 * My Orders, the first view of most visits, is in the main chunk and routed in router.tsx with the
 * redirect from `/` and the not-found page.
 */
import type { ComponentType } from 'react';

export type ScreenRoute = {
  /** The path under the layout, in react-router's syntax: `orders/:id`. */
  readonly path: string;
  /** The screen's chunk; its default export is what the route renders. */
  readonly load: () => Promise<{ readonly default: ComponentType }>;
};

/** In matching order: a fixed path before one with a parameter that would also match it. */
export const SCREEN_ROUTES: readonly ScreenRoute[] = [
  { path: 'orders/deleted', load: () => import('./routes/deleted-orders-route') },
  { path: 'orders/:id', load: () => import('./routes/order-details-route') },
];

/** `/orders/deleted/` → ['orders', 'deleted']. */
function segments(path: string): string[] {
  return path.replace(/^\/+/, '').replace(/\/+$/, '').split('/');
}

/** Whether `pathname` is at `path`, as react-router matches it: any case, trailing slashes allowed. */
function matches(path: string, pathname: string): boolean {
  const wanted = segments(path);
  const given = segments(pathname);
  return (
    wanted.length === given.length &&
    wanted.every((segment, index) =>
      segment.startsWith(':')
        ? given[index] !== ''
        : segment.toLowerCase() === given[index]!.toLowerCase(),
    )
  );
}

/** The screen route at `pathname`, if its screen has a chunk of its own. */
export function screenRouteAt(pathname: string): ScreenRoute | undefined {
  return SCREEN_ROUTES.find((route) => matches(route.path, pathname));
}
