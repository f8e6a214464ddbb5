import { approvalHint } from '../../domain/approval-hint';
import type { Seller } from '../../domain/order';
import { approvalHintText } from '../../i18n/words/approval-words';

/** How likely this seller is to say yes, from their record. */
export function ApprovalHint({ seller }: { seller: Seller }) {
  const hint = approvalHint(seller);
  return (
    <p className={`approval-hint approval-hint--${hint.likelihood}`}>
      {approvalHintText(hint.band)}
    </p>
  );
}
