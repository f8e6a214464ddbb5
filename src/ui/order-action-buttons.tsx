import { useConfirmReceipt } from '../api/confirm-receipt';
import { QueuedError } from '../api/outbox';
import { usePayOrder } from '../api/pay-order';
import type { Order } from '../domain/order';
import { changeFailedText } from './change-words';
import { errorMessage } from './error-message';
import { pushNotice } from './notices';

/** "Pay now": optimistic; a refusal is rolled back and explained in a page notice. */
export function PayButton({ order }: { order: Order }) {
  const pay = usePayOrder((error) => {
    // A queued payment is shown on the card itself, until it is answered.
    if (!(error instanceof QueuedError)) {
      pushNotice(changeFailedText('pay', order.id, errorMessage(error)), 'error');
    }
  });
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={pay.isPending}
      onClick={() => pay.mutate({ order })}
    >
      {pay.isPending ? 'Paying…' : 'Pay now'}
    </button>
  );
}

/** "Confirm receipt": optimistic, and a refusal is rolled back and explained in a page notice. */
export function ConfirmReceiptButton({ order }: { order: Order }) {
  const confirm = useConfirmReceipt((error) => {
    if (!(error instanceof QueuedError)) {
      pushNotice(changeFailedText('confirmReceipt', order.id, errorMessage(error)), 'error');
    }
  });
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={confirm.isPending}
      onClick={() => confirm.mutate({ order })}
    >
      {confirm.isPending ? 'Confirming…' : 'Confirm receipt'}
    </button>
  );
}
