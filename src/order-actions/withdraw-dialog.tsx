import { t } from '@lingui/core/macro';
import { QueuedError } from '../api/queued-error';
import { useWithdrawRequest } from '../api/withdraw-request';
import { restoreDeadline } from '../domain/restore-rules';
import { formatDateTime } from '../i18n/format';
import { Dialog } from '../ui/dialog';
import { announce } from '../ui/live-region';
import { changeDoneText } from './change-words';
import { DialogActions, type OrderDialogProps } from './dialog-actions';

/** "Withdraw request" asks first: the seller stops seeing the request. */
export default function WithdrawDialog({ order, onClose, fallbackFocus }: OrderDialogProps) {
  const withdraw = useWithdrawRequest();
  const deadline = restoreDeadline(order);
  const sellerName = order.seller.name;
  const orderNumber = order.id;
  const until = deadline === undefined ? undefined : formatDateTime(deadline);
  return (
    <Dialog
      title={t`Withdraw request?`}
      onClose={onClose}
      busy={withdraw.isPending}
      fallbackFocus={fallbackFocus}
    >
      <div className="form">
        <p>
          {until === undefined
            ? t`${sellerName} will no longer see your request to restore order ${orderNumber}.`
            : t`${sellerName} will no longer see your request to restore order ${orderNumber}. You can ask again while the order can still be restored (until ${until}).`}
        </p>
        <DialogActions
          change={withdraw}
          failed={t`The request was not withdrawn`}
          label={t`Withdraw request`}
          pendingLabel={t`Withdrawing…`}
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
          keepLabel={t`Keep request`}
          onKeep={onClose}
        />
      </div>
    </Dialog>
  );
}
