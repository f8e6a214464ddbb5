import { formatCount } from '../../domain/count';

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
    <div className="selection-bar" role="region" aria-label="Selected orders">
      <div className="selection-bar__info">
        <p className="selection-bar__count">
          {all && count > 1
            ? `All ${formatCount(count)} orders selected`
            : `${formatCount(count)} ${count === 1 ? 'order' : 'orders'} selected`}
        </p>
        <button type="button" className="button button--small button--on-dark" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <button type="button" className="button button--primary" onClick={onRestore}>
        Restore selected orders ({formatCount(count)})
      </button>
    </div>
  );
}
