import { matchPath } from 'react-router';
import { lazyRoute } from './lazy-route';

// Not the first view of most visits: each in its own chunk.
export const DeletedOrdersScreenRoute = lazyRoute(() =>
  import('./routes/deleted-orders-route').then((module) => module.DeletedOrdersRoute),
);
export const OrderDetailsScreenRoute = lazyRoute(() =>
  import('./routes/order-details-route').then((module) => module.OrderDetailsRoute),
);

/** Loads the code of the screen at `pathname`: before the first render, or when a link to it is about to be used. */
export function preloadScreen(pathname: string): Promise<unknown> {
  if (matchPath('/orders/deleted', pathname)) return DeletedOrdersScreenRoute.preload();
  if (matchPath('/orders/:id', pathname)) return OrderDetailsScreenRoute.preload();
  return Promise.resolve();
}
