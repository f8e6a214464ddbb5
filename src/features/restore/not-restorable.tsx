import { plural } from '@lingui/core/macro';
import type { OrderId } from '../../domain/ids';
import type { RefusalCode } from '../../domain/restore-rules';
import { outcomeWords } from './restore-words';

/** The selected orders that will not be sent, grouped by why. */
export function NotRestorable({
  blocked,
}: {
  blocked: ReadonlyArray<{ orderId: OrderId; code: RefusalCode }>;
}) {
  const groups = new Map<string, OrderId[]>();
  for (const { orderId, code } of blocked) {
    const words = outcomeWords(code);
    groups.set(words, [...(groups.get(words) ?? []), orderId]);
  }
  return (
    <div className="restore-blocked" role="note">
      <p className="restore-blocked__title">
        {plural(blocked.length, {
          one: '# order will not be sent:',
          other: '# orders will not be sent:',
        })}
      </p>
      <ul>
        {[...groups.entries()].map(([words, orderIds]) => {
          // The order numbers themselves when there are only a few.
          const orderList = orderIds.join(', ');
          return (
            <li key={words}>
              {orderIds.length <= 3
                ? plural(orderIds.length, {
                    one: `# ${words} (${orderList})`,
                    other: `# ${words} (${orderList})`,
                  })
                : plural(orderIds.length, { one: `# ${words}`, other: `# ${words}` })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
