import { useMemo } from 'react';
import { plural } from '../../domain/count';
import type { OrderId } from '../../domain/ids';
import type { Seller } from '../../domain/order';
import { selectedText } from '../../ui/selection-words';
import { SellerSummary } from '../../ui/seller-summary';
import { ApprovalHint } from './approval-hint';
import type { Candidate } from './use-restore-candidates';

/** How many sellers are shown; the rest are counted. */
const SHOWN_SELLERS = 6;

/** A selection's orders that will be sent, by seller (each seller decides on their own). */
export function SellerGroups({
  sendable,
  total,
}: {
  sendable: readonly Candidate[];
  total: number;
}) {
  const groups = useMemo(() => {
    const bySeller = new Map<string, { seller: Seller; ids: OrderId[] }>();
    for (const candidate of sendable) {
      const group = bySeller.get(candidate.seller.id) ?? { seller: candidate.seller, ids: [] };
      group.ids.push(candidate.id);
      bySeller.set(candidate.seller.id, group);
    }
    return [...bySeller.values()].sort(
      (a, b) => b.ids.length - a.ids.length || a.seller.name.localeCompare(b.seller.name),
    );
  }, [sendable]);
  const shown = groups.slice(0, SHOWN_SELLERS);
  return (
    <div className="restore-groups">
      <p>
        {selectedText(total, false)}
        {sendable.length !== total &&
          `; ${plural(sendable.length, 'can be restored', 'can be restored')}`}
        . Each seller decides on their own orders.
      </p>
      <ul className="restore-groups__list">
        {shown.map(({ seller, ids }) => (
          <li key={seller.id} className="restore-group">
            <SellerSummary seller={seller} />
            <p className="restore-group__orders">
              {plural(ids.length, 'order', 'orders')}
              {ids.length <= 3 && `: ${ids.join(', ')}`}
            </p>
            <ApprovalHint seller={seller} />
          </li>
        ))}
      </ul>
      {groups.length > shown.length && (
        <p className="form__hint">
          and {plural(groups.length - shown.length, 'more seller', 'more sellers')}
        </p>
      )}
    </div>
  );
}
