import { t } from '@lingui/core/macro';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { reasonsFor, type OrderKind } from '../../domain/reasons';
import { reasonLabel } from '../../i18n/words/reason-words';
import { Field } from '../../ui/field';

/** The reasons offered for one kind of order (unpaid or paid). */
export function ReasonField({
  id,
  label,
  kind,
  error,
  registration,
  onReasonChange,
  autoFocus = false,
}: {
  id: string;
  label: string;
  kind: OrderKind;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  onReasonChange: (reason: string) => void;
  /** The first field takes focus when the form appears (also after the selection has loaded). */
  autoFocus?: boolean;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <select
          {...control}
          autoFocus={autoFocus}
          {...registration}
          onChange={(event) => {
            void registration.onChange(event);
            onReasonChange(event.target.value);
          }}
        >
          <option value="">{t`Choose a reason`}</option>
          {reasonsFor(kind).map((reason) => (
            <option key={reason} value={reason}>
              {reasonLabel(reason)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
