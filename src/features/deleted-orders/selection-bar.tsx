import { plural, t } from '@lingui/core/macro';
import { Button } from '../../ui/button';
import { selectedText } from '../../ui/selection-words';

/** Appears once something is selected; sticks to the bottom of the screen while scrolling. */
export function SelectionBar({
  count,
  all,
  onRestore,
  onClear,
}: {
  count: number;
  all: boolean;
  onRestore: () => void;
  onClear: () => void;
}) {
  if (count === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label={t`Selected orders`}>
      <div className="selection-bar__info">
        <p className="selection-bar__count">{selectedText(count, all)}</p>
        <Button size="small" onDark onClick={onClear}>
          {t`Clear selection`}
        </Button>
      </div>
      <Button variant="primary" onClick={onRestore}>
        {plural(count, {
          one: 'Restore selected orders (#)',
          other: 'Restore selected orders (#)',
        })}
      </Button>
    </div>
  );
}
