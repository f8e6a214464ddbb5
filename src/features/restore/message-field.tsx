import { t } from '@lingui/core/macro';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { countCodePoints, MESSAGE_MAX } from '../../domain/message';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { messageHint } from './restore-words';

/** The message to the seller, with its counter and, after a template was held back, the offer. */
export function MessageField({
  id,
  message,
  orders,
  error,
  registration,
  keptOwnMessage,
  onUseSuggested,
}: {
  id: string;
  message: string;
  /** How many orders it is sent with (the hint says "order" or "orders"). */
  orders: number;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  /** The suggested message not applied because the buyer had written their own. */
  keptOwnMessage: string | null;
  onUseSuggested: () => void;
}) {
  const length = countCodePoints(message.trim());
  return (
    <Field
      id={id}
      label={t`Message to seller`}
      hint={messageHint(length, orders)}
      hintOver={length > MESSAGE_MAX}
      error={error}
      after={
        keptOwnMessage && (
          <p className="field__hint">
            {t`Your own message was kept.`}{' '}
            <Button variant="link" onClick={onUseSuggested}>
              {t`Use the suggested message instead`}
            </Button>
          </p>
        )
      }
    >
      {(control) => <textarea {...control} rows={5} dir="auto" {...registration} />}
    </Field>
  );
}
