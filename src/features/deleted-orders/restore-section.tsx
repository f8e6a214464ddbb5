import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { discardChange } from '../../api/discard-change';
import { usePendingChange } from '../../api/use-pending-change';
import { allowedEvents } from '../../domain/buyer-actions';
import type { Order } from '../../domain/order';
import { restoreLine } from '../../domain/placement';
import { BuyAgainButton, type BuyAgainAction } from '../../order-actions/buy-again-button';
import { PendingChangeLine } from '../../order-actions/pending-change-line';
import { Button } from '../../ui/button';
import { RestoreLineView } from '../../ui/restore-line-view';
import { useNow } from '../../ui/use-now';

export type CardActions = {
  onRestore: (order: Order) => void;
  onWithdraw: (order: Order) => void;
  buyAgain: BuyAgainAction;
};

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
  const pending = usePendingChange(order.id);
  const line = restoreLine(order, now);
  // While a change to this order is on its way, it offers nothing else.
  const allowed = pending ? [] : allowedEvents(order, now);
  return (
    <>
      {pending ? (
        <PendingChangeLine pending={pending} onDiscard={() => discardChange(pending.entryId)} />
      ) : (
        line && <RestoreLineView line={line} now={now} />
      )}
      <div className="order-card__actions">
        {allowed.includes('requestRestore') && (
          <Button variant="primary" onClick={() => actions.onRestore(order)}>
            {t`Restore`}
          </Button>
        )}
        {allowed.includes('withdrawRequest') && (
          <Button onClick={() => actions.onWithdraw(order)}>{t`Withdraw request`}</Button>
        )}
        {allowed.includes('buyAgain') && <BuyAgainButton order={order} action={actions.buyAgain} />}
        {children}
      </div>
    </>
  );
}
