import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { useCancelOrder } from '../api/cancel-order';
import { QueuedError } from '../api/outbox';
import { cancelReasonSchema } from '../domain/message';
import { formatMoney } from '../domain/money';
import type { Order } from '../domain/order';
import { BUYER_CANCEL_REASONS } from '../domain/reasons';
import { refundByFor, RESTORE_WINDOW_MS } from '../domain/restore-rules';
import { formatDate, formatDuration } from '../domain/time';
import { Dialog } from './dialog';
import { errorMessage } from './error-message';
import { announce } from './live-region';

const OTHER = 'other';

const formSchema = z
  .object({
    choice: z.string().check(z.minLength(1, 'Choose a reason.')),
    details: z.string(),
  })
  .check(
    z.superRefine((value, context) => {
      if (value.choice !== OTHER) return;
      const result = cancelReasonSchema.safeParse(value.details);
      if (!result.success) {
        context.issues.push({
          code: 'custom',
          input: value.details,
          path: ['details'],
          message: result.error.issues[0]?.message ?? 'Tell us why.',
        });
      }
    }),
  );

type FormValues = z.infer<typeof formSchema>;

export default function CancelOrderDialog({
  order,
  onClose,
  fallbackFocus,
}: {
  order: Order;
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const cancel = useCancelOrder();
  const [openedAt] = useState(() => Date.now());
  const ids = { reason: useId(), details: useId(), reasonError: useId(), detailsError: useId() };
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { choice: '', details: '' },
  });
  const choice = useWatch({ control: form.control, name: 'choice' });
  const { errors } = form.formState;
  const paid = order.payment.state === 'paid';

  const submit = form.handleSubmit((values) => {
    const reason = values.choice === OTHER ? values.details.trim() : values.choice;
    cancel.mutate(
      { order, reason },
      {
        onSuccess: () => {
          announce(`Order ${order.id} cancelled. You can find it in Deleted Orders.`);
          onClose();
        },
        // Queued to be sent again: the card says so from now on.
        onError: (error) => {
          if (error instanceof QueuedError) onClose();
        },
      },
    );
  });

  return (
    <Dialog
      title="Cancel order"
      onClose={onClose}
      busy={cancel.isPending}
      fallbackFocus={fallbackFocus}
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <p>
          Order {order.id} from {order.seller.name}, {formatMoney(order.total)}.
        </p>
        <p className="form__hint">
          {paid
            ? `Your ${formatMoney(order.total)} will be refunded by ${formatDate(refundByFor(openedAt))}. You can ask the seller to restore the order until then.`
            : `You can ask the seller to restore it within ${formatDuration(RESTORE_WINDOW_MS)} (24 hours during a sale), from Deleted Orders.`}
        </p>
        <div className="field">
          <label htmlFor={ids.reason}>Reason</label>
          <select
            id={ids.reason}
            aria-invalid={errors.choice ? true : undefined}
            aria-describedby={errors.choice ? ids.reasonError : undefined}
            {...form.register('choice')}
          >
            <option value="">Choose a reason</option>
            {BUYER_CANCEL_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {reason}
              </option>
            ))}
            <option value={OTHER}>Other</option>
          </select>
          {errors.choice && (
            <p id={ids.reasonError} className="field__error">
              {errors.choice.message}
            </p>
          )}
        </div>
        {choice === OTHER && (
          <div className="field">
            <label htmlFor={ids.details}>Tell us why</label>
            <textarea
              id={ids.details}
              rows={3}
              aria-invalid={errors.details ? true : undefined}
              aria-describedby={errors.details ? ids.detailsError : undefined}
              {...form.register('details')}
            />
            {errors.details && (
              <p id={ids.detailsError} className="field__error">
                {errors.details.message}
              </p>
            )}
          </div>
        )}
        {cancel.isError && (
          <p role="alert" className="form__error">
            The order was not cancelled: {errorMessage(cancel.error)}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--danger" disabled={cancel.isPending}>
            {cancel.isPending ? 'Cancelling…' : 'Cancel order'}
          </button>
          <button type="button" className="button" onClick={onClose} disabled={cancel.isPending}>
            Keep order
          </button>
        </div>
      </form>
    </Dialog>
  );
}
