import { QueuedError } from '../api/outbox-send';
import { useWithdrawRequest } from '../api/withdraw-request';
import { restoreDeadline } from '../domain/restore-rules';
import { formatDateTime } from '../domain/time';
import { Dialog } from '../ui/dialog';
import { announce } from '../ui/live-region';
import { changeDoneText } from './change-words';
import { DialogActions, type OrderDialogProps } from './dialog-actions';

/** "Withdraw request" asks first: the seller stops seeing the request. */
export function WithdrawDialog({ order, onClose, fallbackFocus }: OrderDialogProps) {
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
        <DialogActions
          change={withdraw}
          failed="The request was not withdrawn"
          label="Withdraw request"
          pendingLabel="Withdrawing…"
          onAction={() =>
            withdraw.mutate(
              { order },
              {
                onSuccess: () => {
                  announce(changeDoneText('withdraw', order, order.id));
                  onClose();
                },
                // Queued to be sent again: the card says so from now on.
                onError: (error) => {
                  if (error instanceof QueuedError) onClose();
                },
              },
            )
          }
          keepLabel="Keep request"
          onKeep={onClose}
        />
      </div>
    </Dialog>
  );
}
