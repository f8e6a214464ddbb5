import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderRoute } from '../../test/render';

describe('My Orders', () => {
  it('shows each order as an article named by its number, with its status', async () => {
    renderRoute('/orders');
    expect(await screen.findByRole('heading', { level: 1, name: 'My Orders' })).toBeVisible();
    const articles = await screen.findAllByRole('article');
    expect(articles.length).toBeGreaterThan(0);
    const first = articles[0]!;
    expect(first).toHaveAccessibleName(/^Order \d{16}$/);
    expect(within(first).getByText(/^(Unpaid|Paid|Shipped|Finished|Refunding)$/)).toBeVisible();
  });

  it('offers a retry when the orders cannot be loaded', async () => {
    let calls = 0;
    server.use(
      http.get('/api/orders', () => {
        calls += 1;
        return HttpResponse.error();
      }),
    );
    const { user } = renderRoute('/orders');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Can't reach the server");
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
    expect(calls).toBeGreaterThan(0);
  });
});
