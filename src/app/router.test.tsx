import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render';

describe('routes', () => {
  it('sends / to My Orders', async () => {
    const { router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'My Orders' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/orders');
  });

  it('shows a not-found page with a way back for an unknown address', async () => {
    renderRoute('/nowhere/at/all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to My Orders' })).toHaveAttribute(
      'href',
      '/orders',
    );
  });

  it('keeps both navigation links on every page', async () => {
    renderRoute('/orders/deleted');
    expect(await screen.findByRole('link', { name: /^Deleted Orders/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'My Orders' })).not.toHaveAttribute('aria-current');
  });
});
