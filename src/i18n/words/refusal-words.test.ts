/**
 * Why an order cannot be restored, in the buyer's English, for every refusal code (the problem
 * answers' own English titles and details: src/domain/restore-refusal.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../domain/restore-rules';
import { refusalSentence, refusalShort } from './refusal-words';

describe('refusal words', () => {
  it('gives a few words for each code, for the summary lines', () => {
    expect(Object.fromEntries(REFUSAL_CODES.map((code) => [code, refusalShort(code)]))).toEqual({
      ALREADY_REQUESTED: 'already requested',
      RESTORE_WINDOW_CLOSED: 'restore window closed',
      REFUND_COMPLETED: 'refund already completed',
      INVALID_TRANSITION: 'no longer cancelled',
    });
  });

  it('gives the sentence the dialog says for each code', () => {
    expect(Object.fromEntries(REFUSAL_CODES.map((code) => [code, refusalSentence(code)]))).toEqual({
      ALREADY_REQUESTED: 'You have already asked the seller to restore this order.',
      RESTORE_WINDOW_CLOSED:
        'The restore window for this order has closed, so it can no longer be restored. You can buy the items again instead.',
      REFUND_COMPLETED:
        'The refund for this order has been completed, so it can no longer be restored.',
      INVALID_TRANSITION: 'This order can no longer be restored.',
    });
  });
});
