import { plural, t } from '@lingui/core/macro';
import { useMemo } from 'react';
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
  const moreSellers = groups.length - shown.length;
  const selected = selectedText(total, false);
  const restorable = plural(sendable.length, {
    one: '# can be restored',
    other: '# can be restored',
  });
  return (
    <div className="restore-groups">
      <p>
        {sendable.length === total
          ? t({
              message: `${selected}. Each seller decides on their own orders.`,
              comment: '{selected} is "3 orders selected"',
            })
          : t({
              message: `${selected}; ${restorable}. Each seller decides on their own orders.`,
              comment: '{selected} is "3 orders selected", {restorable} "2 can be restored"',
            })}
      </p>
      <ul className="restore-groups__list">
        {shown.map(({ seller, ids }) => {
          // The order numbers themselves when there are only a few.
          const orderList = ids.join(', ');
          return (
            <li key={seller.id} className="restore-group">
              <SellerSummary seller={seller} />
              <p className="restore-group__orders">
                {ids.length <= 3
                  ? plural(ids.length, {
                      one: `# order: ${orderList}`,
                      other: `# orders: ${orderList}`,
                    })
                  : plural(ids.length, { one: '# order', other: '# orders' })}
              </p>
              <ApprovalHint seller={seller} />
            </li>
          );
        })}
      </ul>
      {moreSellers > 0 && (
        <p className="form__hint">
          {plural(moreSellers, { one: 'and # more seller', other: 'and # more sellers' })}
        </p>
      )}
    </div>
  );
}
