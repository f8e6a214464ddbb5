import type { Seller } from './order';

export type ApprovalLikelihood = 'high' | 'medium' | 'low';

export type ApprovalHint = { readonly likelihood: ApprovalLikelihood; readonly text: string };

/**
 * How likely a seller like this is to approve a restore (the seed: "highly-rated sellers are more
 * likely to approve restoration"). The mock's sellers follow the same odds.
 */
export function approvalHint(
  seller: Pick<Seller, 'rating' | 'positiveFeedbackPercent'>,
): ApprovalHint {
  if (seller.rating >= 4.5 && seller.positiveFeedbackPercent >= 95) {
    return { likelihood: 'high', text: 'Sellers rated 4.5+ usually approve' };
  }
  if (seller.rating >= 4.5) {
    return {
      likelihood: 'medium',
      text: 'Sellers rated 4.5+ with under 95% positive feedback often approve',
    };
  }
  if (seller.rating >= 4) {
    return { likelihood: 'medium', text: 'Sellers rated 4.0–4.4 often approve' };
  }
  return { likelihood: 'low', text: 'Sellers rated below 4.0 approve less often' };
}

/** The chance that the simulated seller accepts a request, by likelihood. */
export const APPROVAL_ODDS: Readonly<Record<ApprovalLikelihood, number>> = {
  high: 0.85,
  medium: 0.6,
  low: 0.35,
};
