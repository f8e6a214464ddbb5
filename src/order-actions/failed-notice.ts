import { QueuedError } from '../api/queued-error';
import type { PendingChange } from '../api/outbox-entries';
import type { OrderId } from '../domain/ids';
import { pushNotice } from '../ui/notices';
import { changeFailedText } from './change-words';
import { errorMessage } from './error-message';

/**
 * What a button does when its change fails: a page notice says why ("Order 8… was not paid: …").
 * A queued change gets none: the card itself says it is queued, until it is answered.
 */
export function noticeFailure(kind: PendingChange['kind'], orderId: OrderId) {
  return (error: Error) => {
    if (!(error instanceof QueuedError)) {
      pushNotice(changeFailedText(kind, orderId, errorMessage(error)), 'error');
    }
  };
}
