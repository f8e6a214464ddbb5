import type { ReactNode } from 'react';

/** What a field gives its control: the id its label points to and the ARIA wiring. */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * A form field, wired once: label, hint, error, `aria-invalid` and `aria-describedby`.
 * The control itself (select, textarea, input) comes from the caller, which spreads
 * `control` on it together with its form registration.
 */
export function Field({
  id,
  label,
  hint,
  hintOver = false,
  error,
  after,
  children,
}: {
  id: string;
  label: ReactNode;
  /** Read with the control (a counter, what to write). */
  hint?: ReactNode;
  /** The hint warns: the value is over its limit. */
  hintOver?: boolean;
  error?: string | undefined;
  /** Shown under the hint, not read with the control (an offer to undo a template). */
  after?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint !== undefined && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint !== undefined && (
        <p id={hintId} className={hintOver ? 'field__hint field__hint--over' : 'field__hint'}>
          {hint}
        </p>
      )}
      {after}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
