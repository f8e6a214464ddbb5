import { useQuery } from '@tanstack/react-query';
import { referenceQueries } from '../../api/order-queries';
import { activeSaleEvent } from '../../domain/sale-events';
import { formatDateTime } from '../../domain/time';
import { saleWindowText } from '../../ui/restore-window-words';
import { useNow } from '../../ui/use-now';

/** While a sale event is on, unpaid orders cancelled during it can be restored for longer. */
export function SaleBanner() {
  const events = useQuery(referenceQueries.saleEvents());
  const now = useNow();
  const sale = events.data ? activeSaleEvent(events.data, now) : undefined;
  if (!sale) return null;
  return (
    <aside className="sale-banner" aria-label="Sale event">
      <p>
        <strong>{sale.name} is on</strong> until {formatDateTime(sale.endsAt)}: {saleWindowText()}
      </p>
    </aside>
  );
}
