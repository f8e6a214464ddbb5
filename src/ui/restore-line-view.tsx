import { requestWaitText, restoreLineText, type RestoreLine } from '../domain/placement';

/** The restore line of product.md §4, with a decline's note and a request's waiting time. */
export function RestoreLineView({ line, now }: { line: RestoreLine; now: number }) {
  const declined = 'declinedNote' in line ? line.declinedNote : null;
  return (
    <div className="restore-line-block">
      {declined !== null && (
        <p className="restore-line restore-line--declined">
          Seller declined: {declined || 'no reason given'}
        </p>
      )}
      <p className={`restore-line restore-line--${line.kind}`}>{restoreLineText(line, now)}</p>
      {line.kind === 'requested' && (
        <p className="restore-line__wait">{requestWaitText(line, now)}</p>
      )}
    </div>
  );
}
