/**
 * Imported first by main.tsx and importing nothing, so it runs before React and the rest of the
 * app are evaluated: it starts fetching the code of the screen being opened right away. The
 * paths mirror the router's (early-preload.test.ts keeps them in step); the modules are the
 * ones `screens.ts` loads, so each is fetched once.
 */
export function screenModuleFor(pathname: string): (() => Promise<unknown>) | undefined {
  if (/^\/orders\/deleted\/?$/.test(pathname)) return () => import('./routes/deleted-orders-route');
  if (/^\/orders\/[^/]+\/?$/.test(pathname)) return () => import('./routes/order-details-route');
  return undefined;
}

export const earlyScreen: Promise<unknown> = (
  screenModuleFor(window.location.pathname)?.() ?? Promise.resolve()
).catch(() => undefined);
