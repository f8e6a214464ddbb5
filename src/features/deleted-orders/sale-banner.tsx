import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { referenceQueries } from '../../api/order-queries';
import { activeSaleEvent } from '../../domain/sale-events';
import { formatDateTime } from '../../i18n/format';
import { saleWindowText } from '../../ui/restore-window-words';
import { useNow } from '../../ui/use-now';

/** While a sale event is on, unpaid orders cancelled during it can be restored for longer. */
export function SaleBanner() {
  const events = useQuery(referenceQueries.saleEvents());
  const now = useNow();
  const sale = events.data ? activeSaleEvent(events.data, now) : undefined;
  if (!sale) return null;
  const saleName = sale.name;
  const endsAt = formatDateTime(sale.endsAt);
  const saleWindow = saleWindowText();
  return (
    <aside className="sale-banner" aria-label={t`Sale event`}>
      <p>
        <Trans comment="{saleName} is the sale's own name, as the platform writes it; {endsAt} a date and time; {saleWindow} the rule, starting in lower case">
          <strong>{saleName} is on</strong> until {endsAt}: {saleWindow}
        </Trans>
      </p>
    </aside>
  );
}
