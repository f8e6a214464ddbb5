import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './count';

describe('counts', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(10_000)).toBe('10,000');
  });

  it('says one or many', () => {
    expect(plural(1, 'order', 'orders')).toBe('1 order');
    expect(plural(0, 'order', 'orders')).toBe('0 orders');
    expect(plural(8_525, 'order', 'orders')).toBe('8,525 orders');
  });
});
