import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { useCancelOrder } from '../api/cancel-order';
import { QueuedError } from '../api/outbox-send';
import { cancelReasonSchema } from '../domain/message';
import { formatMoney } from '../domain/money';
import { BUYER_CANCEL_REASONS } from '../domain/reasons';
import { refundByFor } from '../domain/restore-rules';
import { formatDate } from '../domain/time';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { announce } from '../ui/live-region';
import { unpaidCancelHint } from '../ui/restore-window-words';
import { changeDoneText } from './change-words';
import { DialogActions, type OrderDialogProps } from './dialog-actions';

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

export default function CancelOrderDialog({ order, onClose, fallbackFocus }: OrderDialogProps) {
  const cancel = useCancelOrder();
  const [openedAt] = useState(() => Date.now());
  const ids = { reason: useId(), details: useId() };
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
          announce(changeDoneText('cancel', order, order.id));
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
            : unpaidCancelHint()}
        </p>
        <Field id={ids.reason} label="Reason" error={errors.choice?.message}>
          {(control) => (
            <select {...control} {...form.register('choice')}>
              <option value="">Choose a reason</option>
              {BUYER_CANCEL_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {reason}
                </option>
              ))}
              <option value={OTHER}>Other</option>
            </select>
          )}
        </Field>
        {choice === OTHER && (
          <Field id={ids.details} label="Tell us why" error={errors.details?.message}>
            {(control) => <textarea {...control} rows={3} {...form.register('details')} />}
          </Field>
        )}
        <DialogActions
          change={cancel}
          failed="The order was not cancelled"
          label="Cancel order"
          pendingLabel="Cancelling…"
          keepLabel="Keep order"
          onKeep={onClose}
        />
      </form>
    </Dialog>
  );
}
