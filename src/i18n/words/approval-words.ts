/** How likely this seller is to approve, in words (the seed's tip on highly rated sellers). */
import { t } from '@lingui/core/macro';
import type { ApprovalBand } from '../../domain/approval-hint';

export function approvalHintText(band: ApprovalBand): string {
  switch (band) {
    case 'top':
      return t`Sellers rated 4.5+ usually approve`;
    case 'top_mixed':
      return t`Sellers rated 4.5+ with under 95% positive feedback often approve`;
    case 'good':
      return t`Sellers rated 4.0–4.4 often approve`;
    case 'fair':
      return t`Sellers rated below 4.0 approve less often`;
  }
}
