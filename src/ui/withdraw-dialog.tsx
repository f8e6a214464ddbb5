import { QueuedError } from '../api/outbox';
import { useWithdrawRequest } from '../api/withdraw-request';
import type { Order } from '../domain/order';
import { restoreDeadline } from '../domain/restore-rules';
import { formatDateTime } from '../domain/time';
import { Dialog } from './dialog';
import { errorMessage } from './error-message';
import { announce } from './live-region';

/** "Withdraw request" asks first: the seller stops seeing the request. */
export function WithdrawDialog({
  order,
  onClose,
  fallbackFocus,
}: {
  order: Order;
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const withdraw = useWithdrawRequest();
  const deadline = restoreDeadline(order);
  return (
    <Dialog
      title="Withdraw request?"
      onClose={onClose}
      busy={withdraw.isPending}
      fallbackFocus={fallbackFocus}
    >
      <div className="form">
        <p>
          {order.seller.name} will no longer see your request to restore order {order.id}.
          {deadline !== undefined &&
            ` You can ask again while the order can still be restored (until ${formatDateTime(deadline)}).`}
        </p>
        {withdraw.isError && (
          <p role="alert" className="form__error">
            The request was not withdrawn: {errorMessage(withdraw.error)}
          </p>
        )}
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--danger"
            disabled={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(
                { order },
                {
                  onSuccess: () => {
                    announce(`Request for order ${order.id} withdrawn.`);
                    onClose();
                  },
                  // Queued to be sent again: the card says so from now on.
                  onError: (error) => {
                    if (error instanceof QueuedError) onClose();
                  },
                },
              )
            }
          >
            {withdraw.isPending ? 'Withdrawing…' : 'Withdraw request'}
          </button>
          <button type="button" className="button" onClick={onClose} disabled={withdraw.isPending}>
            Keep request
          </button>
        </div>
      </div>
    </Dialog>
  );
}
