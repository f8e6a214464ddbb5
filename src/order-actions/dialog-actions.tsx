import { t } from '@lingui/core/macro';
import type { Order } from '../domain/order';
import { Button } from '../ui/button';
import { errorMessage } from './error-message';

/** What every order action's dialog is given. */
export type OrderDialogProps = {
  order: Order;
  onClose: () => void;
  /** Where focus goes on closing when the button that opened it is gone. */
  fallbackFocus: () => HTMLElement | null;
};

/**
 * The end of an order action's dialog: why its change failed (if it did), then the button that
 * makes the change (it cannot be taken back) and the way out without it.
 */
export function DialogActions({
  change,
  failed,
  label,
  pendingLabel,
  onAction,
  keepLabel,
  onKeep,
}: {
  change: { isPending: boolean; isError: boolean; error: Error | null };
  /** "The order was not cancelled", said before why. */
  failed: string;
  label: string;
  /** What the button says while the change is on its way ("Cancelling…"). */
  pendingLabel: string;
  /** Without it, the button submits the dialog's form. */
  onAction?: () => void;
  keepLabel: string;
  onKeep: () => void;
}) {
  const reason = change.isError ? errorMessage(change.error) : '';
  return (
    <>
      {change.isError && (
        <p role="alert" className="form__error">
          {t({
            message: `${failed}: ${reason}`,
            comment: 'What failed ("The order was not cancelled"), then why',
          })}
        </p>
      )}
      <div className="dialog__actions">
        <Button
          type={onAction ? 'button' : 'submit'}
          variant="danger"
          pending={change.isPending}
          pendingLabel={pendingLabel}
          onClick={onAction}
        >
          {label}
        </Button>
        <Button onClick={onKeep} disabled={change.isPending}>
          {keepLabel}
        </Button>
      </div>
    </>
  );
}
