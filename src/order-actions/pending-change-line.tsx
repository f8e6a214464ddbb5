import { t } from '@lingui/core/macro';
import type { PendingChange } from '../api/outbox-entries';
import { Button } from '../ui/button';
import { pendingChangeText } from './change-words';

/** On a card or record while a change to its order is on its way, or queued to be sent again. */
export function PendingChangeLine({
  pending,
  onDiscard,
}: {
  pending: Pick<PendingChange, 'kind' | 'state'>;
  /** "Don't send": offered for a queued change. */
  onDiscard?: (() => void) | undefined;
}) {
  return (
    <p className={`pending-change pending-change--${pending.state}`}>
      {pendingChangeText(pending)}
      {pending.state === 'queued' && onDiscard && (
        <>
          {' '}
          <Button variant="link" onClick={onDiscard}>
            {t`Don't send`}
          </Button>
        </>
      )}
    </p>
  );
}
