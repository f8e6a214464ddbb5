import { plural, t } from '@lingui/core/macro';
import type { NotSentItem, RestoreOutcome } from '../../api/outbox-entries';
import { Dialog } from '../../ui/dialog';
import { RestoreSummary } from './restore-summary';

/**
 * The summary of a restore request sent before the page was left (a reload, a closed tab) and
 * finished after it: what the buyer would have seen had they stayed.
 */
export default function ResumedRestoreDialog({
  results,
  notSent,
  onClose,
}: {
  results: readonly RestoreOutcome[];
  notSent: readonly NotSentItem[];
  onClose: () => void;
}) {
  const title =
    results.length === 1
      ? t`Restore order`
      : plural(results.length, { one: 'Restore # order', other: 'Restore # orders' });
  return (
    <Dialog
      title={title}
      onClose={onClose}
      fallbackFocus={() => document.querySelector('h1')}
      className="restore-dialog"
    >
      <p className="form__hint">
        {results.length === 1
          ? t`The request you sent before leaving the page has been answered.`
          : t`The requests you sent before leaving the page have been answered.`}
      </p>
      <RestoreSummary results={results} notSent={notSent} retrying={false} onDismiss={onClose} />
    </Dialog>
  );
}
