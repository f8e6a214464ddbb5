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
import type { CatalogPart } from '../i18n/catalog-parts';

export type ScreenRoute = {
  /** The path, with `:name` for a parameter: `/orders/:id`. */
  readonly path: string;
  /** The screen's chunk; its default export is what the route renders. */
  readonly load: () => Promise<{ readonly default: ComponentType }>;
  /** The part of the catalog its words are in (src/i18n/catalog-parts.ts), loaded with its code. */
  readonly messages: CatalogPart;
};

/** In matching order: a fixed path before one with a parameter that would also match it. */
export const SCREEN_ROUTES: readonly ScreenRoute[] = [
  {
    path: '/orders/deleted',
    load: () => import('./routes/deleted-orders-route'),
    messages: 'deleted',
  },
  { path: '/orders/:id', load: () => import('./routes/order-details-route'), messages: 'record' },
];

/**
 * How a route's path matches a pathname, for the router (its `parser`) and the early preload
 * alike: any letter case, trailing slashes allowed, `:name` one segment. `*` matches any path.
 */
export function routePattern(path: string): { pattern: RegExp; keys: string[] } {
  if (path === '*') return { pattern: /^.*$/, keys: [] };
  const keys: string[] = [];
  const source = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^/${source}/*$`, 'i'), keys };
}

/** The screen route at `pathname`, if its screen has a chunk of its own. */
export function screenRouteAt(pathname: string): ScreenRoute | undefined {
  return SCREEN_ROUTES.find((route) => routePattern(route.path).pattern.test(pathname));
}
