import { t } from '@lingui/core/macro';
import { useEffect, useRef } from 'react';

/** "Select all": checked, unchecked, or mixed (some but not all of the matching orders). */
export function SelectAll({
  state,
  onChange,
}: {
  state: 'checked' | 'unchecked' | 'mixed';
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'mixed';
  }, [state]);
  return (
    <label className="select-all">
      <input
        ref={ref}
        type="checkbox"
        checked={state === 'checked'}
        onChange={() => onChange(state !== 'checked')}
      />
      {t`Select all`}
    </label>
  );
}
