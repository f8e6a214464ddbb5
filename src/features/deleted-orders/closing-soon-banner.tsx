import { plural, t } from '@lingui/core/macro';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { orderQueries } from '../../api/order-queries';
import type { OrderId } from '../../domain/ids';
import { CLOSING_SOON_MS, closingSoon } from '../../domain/closing-soon';
import { MINUTE } from '../../domain/time';
import { Button } from '../../ui/button';
import { useNow } from '../../ui/use-now';

/**
 * While any restorable order's last moment to restore comes within five minutes (product.md
 * §12): how many, for how long, and a button that selects exactly those orders.
 */
export function ClosingSoonBanner({ onSelect }: { onSelect: (ids: readonly OrderId[]) => void }) {
  const closingOrders = useQuery(orderQueries.closing());
  const now = useNow();
  const { data, refetch, isFetching, isError } = closingOrders;
  // Read again before the five minutes ahead reach past what the last read covered.
  const stale = data !== undefined && now + CLOSING_SOON_MS > data.coveredUntil;
  useEffect(() => {
    if (stale && !isFetching && !isError) void refetch();
  }, [stale, isFetching, isError, refetch]);
  const closing = closingSoon(data?.items ?? [], now);
  if (closing.length === 0) return null;
  const soonest = Math.min(...closing.map((item) => item.restoreBy));
  const minutes = Math.max(1, Math.ceil((soonest - now) / MINUTE));
  const count = closing.length;
  return (
    <aside className="closing-soon" aria-label={t`Closing soon`}>
      <p role="status">
        {plural(count, {
          one: `# order can be restored for ${plural(minutes, { one: '# more minute', other: '# more minutes' })}`,
          other: `# orders can be restored for ${plural(minutes, { one: '# more minute', other: '# more minutes' })}`,
        })}
      </p>
      <Button size="small" onClick={() => onSelect(closing.map((item) => item.id))}>
        {plural(count, { one: 'Select it', other: 'Select them' })}
      </Button>
    </aside>
  );
}
