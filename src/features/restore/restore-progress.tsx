import { t } from '@lingui/core/macro';
import { useId } from 'react';
import type { RestoreProgress as Progress } from '../../api/restore-orders';
import { formatCount } from '../../i18n/format';

/** How far a send of more than one batch has come. */
export function RestoreProgress({ progress }: { progress: Progress }) {
  const id = useId();
  const sent = formatCount(progress.sent);
  const total = formatCount(progress.total);
  return (
    <div className="restore-progress">
      <label htmlFor={id}>{t`Sending requests: ${sent} of ${total}`}</label>
      <progress id={id} max={progress.total} value={progress.sent} />
    </div>
  );
}
