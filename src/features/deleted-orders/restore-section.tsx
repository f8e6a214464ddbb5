import type { ReactNode } from 'react';
import { allowedEvents } from '../../domain/machine';
import type { Order } from '../../domain/order';
import {
  requestWaitText,
  restoreLine,
  restoreLineText,
  type RestoreLine,
} from '../../domain/placement';
import { useNow } from '../../ui/use-now';

export type CardActions = {
  onRestore: (order: Order) => void;
  onWithdraw: (order: Order) => void;
  onBuyAgain: (order: Order) => void;
  buyingAgain: boolean;
};

function Line({ line, now }: { line: RestoreLine; now: number }) {
  const declined = 'declinedNote' in line && line.declinedNote !== null ? line.declinedNote : null;
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

/**
 * The live part of a Deleted Orders card: the restore line (a countdown for unpaid orders) and
 * the actions the machine allows at this second, on the page's one shared clock.
 */
export function RestoreSection({
  order,
  actions,
  children,
}: {
  order: Order;
  actions: CardActions;
  children?: ReactNode;
}) {
  const now = useNow();
  const line = restoreLine(order, now);
  const allowed = allowedEvents(order, now);
  return (
    <>
      {line && <Line line={line} now={now} />}
      <div className="order-card__actions">
        {allowed.includes('requestRestore') && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => actions.onRestore(order)}
          >
            Restore
          </button>
        )}
        {allowed.includes('withdrawRequest') && (
          <button type="button" className="button" onClick={() => actions.onWithdraw(order)}>
            Withdraw request
          </button>
        )}
        {allowed.includes('buyAgain') && (
          <button
            type="button"
            className="button"
            disabled={actions.buyingAgain}
            onClick={() => actions.onBuyAgain(order)}
          >
            Buy again
          </button>
        )}
        {children}
      </div>
    </>
  );
}
