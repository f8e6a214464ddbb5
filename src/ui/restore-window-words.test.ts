// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { saleWindowText, unpaidCancelHint } from './restore-window-words';

describe('the restore window in words, from the rule constants', () => {
  it('says the sale window beside the usual one', () => {
    expect(saleWindowText()).toBe(
      'unpaid orders cancelled during the sale can be restored for 24 hours instead of 15 minutes.',
    );
    expect(unpaidCancelHint()).toBe(
      'You can ask the seller to restore it within 15 min (24 hours during a sale), from Deleted Orders.',
    );
  });
});
