import { t } from '@lingui/core/macro';
import { useEffect, useId, useRef, useState } from 'react';

const DEBOUNCE_MS = 300;

/**
 * "Search orders": the URL holds the committed search; typing commits after a short pause (or at
 * once on Enter), so the list does not refetch on every key.
 */
export function SearchBox({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // The URL changed from elsewhere (back/forward, a link): show it.
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => onChangeRef.current(draft.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft.trim());
      }}
    >
      <label htmlFor={id} className="search-box__label">
        {t`Search orders`}
      </label>
      <input
        dir="auto"
        id={id}
        type="search"
        className="search-box__input"
        value={draft}
        maxLength={200}
        placeholder={t`Order number, product or store`}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
      />
    </form>
  );
}
