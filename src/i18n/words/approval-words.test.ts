/** The approval hint's sentences in English (which band fits a seller: src/domain/rules.test.ts). */
import { describe, expect, it } from 'vitest';
import { approvalHint } from '../../domain/approval-hint';
import { approvalHintText } from './approval-words';

describe('approval hint text', () => {
  it.each([
    [4.9, 98, 'Sellers rated 4.5+ usually approve'],
    [4.5, 95, 'Sellers rated 4.5+ usually approve'],
    [4.6, 90, 'Sellers rated 4.5+ with under 95% positive feedback often approve'],
    [4.5, 94.9, 'Sellers rated 4.5+ with under 95% positive feedback often approve'],
    [4.0, 92, 'Sellers rated 4.0–4.4 often approve'],
    [3.9, 99, 'Sellers rated below 4.0 approve less often'],
  ] as const)('rating %s with %s%% positive → %s', (rating, positiveFeedbackPercent, text) => {
    expect(approvalHintText(approvalHint({ rating, positiveFeedbackPercent }).band)).toBe(text);
  });

  it('words each band', () => {
    expect(approvalHintText('top')).toBe('Sellers rated 4.5+ usually approve');
    expect(approvalHintText('top_mixed')).toBe(
      'Sellers rated 4.5+ with under 95% positive feedback often approve',
    );
    expect(approvalHintText('good')).toBe('Sellers rated 4.0–4.4 often approve');
    expect(approvalHintText('fair')).toBe('Sellers rated below 4.0 approve less often');
  });
});
