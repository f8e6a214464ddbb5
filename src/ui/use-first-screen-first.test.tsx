import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_ROWS, useFirstScreenFirst } from './use-first-screen-first';

function Rows({ rows, seen }: { rows: readonly number[]; seen: number[] }) {
  const shown = useFirstScreenFirst(rows);
  seen.push(shown.length);
  return <p>{shown.length}</p>;
}

const page = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('useFirstScreenFirst', () => {
  it('renders the first screen of rows first, then every row', () => {
    const seen: number[] = [];
    const { container } = render(<Rows rows={page(50)} seen={seen} />);
    expect(seen[0]).toBe(FIRST_SCREEN_ROWS);
    expect(container.textContent).toBe('50');
  });

  it('shows a later change at once, in the same render', () => {
    const seen: number[] = [];
    const { rerender, container } = render(<Rows rows={page(50)} seen={seen} />);
    seen.length = 0;
    rerender(<Rows rows={page(49)} seen={seen} />);
    expect(seen).toEqual([49]);
    expect(container.textContent).toBe('49');
  });

  it('shows a short list whole from the start', () => {
    const seen: number[] = [];
    render(<Rows rows={page(3)} seen={seen} />);
    expect(new Set(seen)).toEqual(new Set([3]));
  });
});
