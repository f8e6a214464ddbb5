import type { Seller } from './order';

export type ApprovalLikelihood = 'high' | 'medium' | 'low';

/** Which of the hint's sentences fits this seller (src/i18n/words/approval-words.ts writes them). */
export type ApprovalBand = 'top' | 'top_mixed' | 'good' | 'fair';

export type ApprovalHint = { readonly likelihood: ApprovalLikelihood; readonly band: ApprovalBand };

/**
 * How likely a seller like this is to approve a restore (the seed: "highly-rated sellers are more
 * likely to approve restoration"). The mock's sellers follow the same odds.
 */
export function approvalHint(
  seller: Pick<Seller, 'rating' | 'positiveFeedbackPercent'>,
): ApprovalHint {
  if (seller.rating >= 4.5 && seller.positiveFeedbackPercent >= 95) {
    return { likelihood: 'high', band: 'top' };
  }
  if (seller.rating >= 4.5) {
    return { likelihood: 'medium', band: 'top_mixed' };
  }
  if (seller.rating >= 4) {
    return { likelihood: 'medium', band: 'good' };
  }
  return { likelihood: 'low', band: 'fair' };
}

/** The chance that the simulated seller accepts a request, by likelihood. */
export const APPROVAL_ODDS: Readonly<Record<ApprovalLikelihood, number>> = {
  high: 0.85,
  medium: 0.6,
  low: 0.35,
};
