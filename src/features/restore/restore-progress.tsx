import { useId } from 'react';
import type { RestoreProgress as Progress } from '../../api/restore-orders';
import { formatCount } from '../../domain/count';

/** How far a send of more than one batch has come. */
export function RestoreProgress({ progress }: { progress: Progress }) {
  const id = useId();
  return (
    <div className="restore-progress">
      <label htmlFor={id}>
        Sending requests: {formatCount(progress.sent)} of {formatCount(progress.total)}
      </label>
      <progress id={id} max={progress.total} value={progress.sent} />
    </div>
  );
}
