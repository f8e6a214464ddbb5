import { describe, expect, it } from 'vitest';
import { screenModuleFor } from './early-preload';

describe('screenModuleFor', () => {
  it.each([
    ['/orders/deleted', true],
    ['/orders/deleted/', true],
    ['/orders/8123456789012345', true],
    ['/orders/not-a-number', true],
    ['/orders', false],
    ['/', false],
    ['/orders/deleted/extra', false],
  ])('%s → preloads a screen: %s', (path, preloads) => {
    expect(screenModuleFor(path) !== undefined).toBe(preloads);
  });

  it('loads the same module the router renders', async () => {
    const early = (await screenModuleFor('/orders/deleted')!()) as Record<string, unknown>;
    const routed = await import('./routes/deleted-orders-route');
    expect(early.DeletedOrdersRoute).toBe(routed.DeletedOrdersRoute);
  });
});
