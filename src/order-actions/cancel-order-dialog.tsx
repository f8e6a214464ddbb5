import { t } from '@lingui/core/macro';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { useCancelOrder } from '../api/cancel-order';
import { QueuedError } from '../api/queued-error';
import { cancelReasonSchemaWith } from '../domain/message';
import { refundByFor } from '../domain/restore-rules';
import { formatDate, formatMoney } from '../i18n/format';
import { cancelReasonWords } from '../i18n/words/message-words';
import { buyerCancelReasons } from '../i18n/words/dialog-reasons';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { announce } from '../ui/live-region';
import { unpaidCancelHint } from '../ui/restore-window-words';
import { changeDoneText } from './change-words';
import { DialogActions, type OrderDialogProps } from './dialog-actions';

const OTHER = 'other';

const formSchema = z
  .object({
    choice: z.string().check(z.minLength(1, { error: () => t`Choose a reason.` })),
    details: z.string(),
  })
  .check(
    z.superRefine((value, context) => {
      if (value.choice !== OTHER) return;
      // The rule of the API, with its messages in the buyer's language.
      const result = cancelReasonSchemaWith(cancelReasonWords()).safeParse(value.details);
      if (!result.success) {
        context.issues.push({
          code: 'custom',
          input: value.details,
          path: ['details'],
          message: result.error.issues[0]?.message ?? t`Tell us why.`,
        });
      }
    }),
  );

type FormValues = z.infer<typeof formSchema>;

/** A paid order's hint: when its money comes back, and until when it can be restored. */
function refundHint(amount: string, refundBy: number): string {
  const refundDate = formatDate(refundBy);
  return t`Your ${amount} will be refunded by ${refundDate}. You can ask the seller to restore the order until then.`;
}

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
  const orderNumber = order.id;
  const sellerName = order.seller.name;
  const amount = formatMoney(order.total);

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
      title={t({ message: 'Cancel order', context: 'dialog title' })}
      onClose={onClose}
      busy={cancel.isPending}
      fallbackFocus={fallbackFocus}
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <p>{t`Order ${orderNumber} from ${sellerName}, ${amount}.`}</p>
        <p className="form__hint">
          {paid ? refundHint(amount, refundByFor(openedAt)) : unpaidCancelHint()}
        </p>
        <Field id={ids.reason} label={t`Reason`} error={errors.choice?.message}>
          {(control) => (
            <select {...control} {...form.register('choice')}>
              <option value="">{t`Choose a reason`}</option>
              {buyerCancelReasons().map((reason) => (
                <option key={reason} value={reason}>
                  {reason}
                </option>
              ))}
              <option value={OTHER}>{t({ message: 'Other', context: 'cancel reason' })}</option>
            </select>
          )}
        </Field>
        {choice === OTHER && (
          <Field id={ids.details} label={t`Tell us why`} error={errors.details?.message}>
            {(control) => (
              <textarea {...control} rows={3} dir="auto" {...form.register('details')} />
            )}
          </Field>
        )}
        <DialogActions
          change={cancel}
          failed={t`The order was not cancelled`}
          label={t`Cancel order`}
          pendingLabel={t`Cancelling…`}
          keepLabel={t`Keep order`}
          onKeep={onClose}
        />
      </form>
    </Dialog>
  );
}
