import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import type { RestoreLine } from '../domain/placement';
import {
  answerByText,
  expiredText,
  requestWaitText,
  restoreLineText,
} from '../i18n/words/order-words';

/** The restore line of product.md §4, with a decline's note and a request's waiting time. */
export function RestoreLineView({ line, now }: { line: RestoreLine; now: number }) {
  const declined = 'declinedNote' in line ? line.declinedNote : null;
  // What the seller wrote, as written.
  const sellerNote = declined || t`no reason given`;
  return (
    <div className="restore-line-block">
      {declined !== null && (
        <p className="restore-line restore-line--declined">
          {/* What the seller wrote keeps its own direction inside the sentence. */}
          <Trans>
            Seller declined: <bdi>{sellerNote}</bdi>
          </Trans>
        </p>
      )}
      {'expired' in line && line.expired && (
        <p className="restore-line restore-line--expired">{expiredText()}</p>
      )}
      <p className={`restore-line restore-line--${line.kind}`}>{restoreLineText(line, now)}</p>
      {line.kind === 'requested' && (
        <>
          <p className="restore-line__wait">{requestWaitText(line, now)}</p>
          <p className="restore-line__wait">{answerByText(line)}</p>
        </>
      )}
    </div>
  );
}
