import { describe, expect, it } from 'vitest';
import { screenRouteAt } from './route-table';

describe('the screen the early preload fetches', () => {
  it.each([
    ['/orders/deleted', true],
    ['/orders/deleted/', true],
    ['/orders/8123456789012345', true],
    ['/orders/not-a-number', true],
    ['/Orders/Deleted', true],
    ['/orders', false],
    ['/', false],
    ['/orders/deleted/extra', false],
  ])('%s → preloads a screen: %s', (path, preloads) => {
    expect(screenRouteAt(path) !== undefined).toBe(preloads);
  });

  it('loads the same module the router renders', async () => {
    const early = await screenRouteAt('/orders/deleted')!.load();
    const routed = await import('./routes/deleted-orders-route');
    expect(early.default).toBe(routed.default);
    expect(screenRouteAt('/orders/8123456789012345')!.path).toBe('/orders/:id');
  });
});
