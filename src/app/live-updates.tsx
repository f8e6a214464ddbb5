/**
 * Keeps the page live: refetches when another tab changed something, and watches pending restore
 * requests (polling while there are any and the tab is visible) so that a seller's answer shows
 * up, with a notice, wherever the buyer is.
 */
import { plural, t } from '@lingui/core/macro';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { onChangeInOtherTab } from '../api/cross-tab';
import { refreshOrders } from '../api/order-cache';
import { orderQueries, PENDING_POLL_MS } from '../api/order-queries';
import type { OrderId } from '../domain/ids';
import type { Order } from '../domain/order';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format';
import { announce } from '../ui/live-region';
import { pushNotice, type Notice } from '../ui/notices';

/** At most this many answers get a notice of their own at once; the rest are counted. */
const MAX_NOTICES = 3;

function answerNotice(order: Order): { text: string; tone: Notice['tone'] } | null {
  const request = order.restoreRequests.at(-1);
  if (!request || request.closedAt === null) return null;
  const orderNumber = order.id;
  switch (request.outcome) {
    case 'accepted': {
      if (order.payBy === null) return null;
      const payBy = formatDateTime(order.payBy);
      return { text: t`Order ${orderNumber} restored — pay by ${payBy}`, tone: 'success' };
    }
    case 'accepted_replacement': {
      if (order.shipBy === null) {
        return {
          text: t`Order ${orderNumber} restored — the seller will ship it soon`,
          tone: 'success',
        };
      }
      const shipBy = formatDate(order.shipBy);
      return {
        text: t`Order ${orderNumber} restored — the seller will ship it by ${shipBy}`,
        tone: 'success',
      };
    }
    case 'accepted_refund': {
      const amount = formatMoney(order.total);
      if (order.refundBy === null) {
        return {
          text: t`Order ${orderNumber}: the seller accepted with a refund of ${amount}`,
          tone: 'success',
        };
      }
      const refundBy = formatDate(order.refundBy);
      return {
        text: t`Order ${orderNumber}: the seller accepted with a refund of ${amount} by ${refundBy}`,
        tone: 'success',
      };
    }
    case 'declined': {
      // What the seller wrote, as written.
      const sellerNote = request.note?.trim() || t`no reason given`;
      return {
        text: t`Seller declined to restore order ${orderNumber}: ${sellerNote}`,
        tone: 'warning',
      };
    }
    case 'refund_completed':
      return {
        text: t`Order ${orderNumber}: refund completed before the seller answered`,
        tone: 'info',
      };
    default:
      return null;
  }
}

export function LiveUpdates() {
  const queryClient = useQueryClient();

  useEffect(() => onChangeInOtherTab(() => void refreshOrders(queryClient)), [queryClient]);

  const pending = useQuery({
    ...orderQueries.selection({ filter: 'requested', q: '' }),
    refetchInterval: (query) =>
      (query.state.data?.items.length ?? 0) > 0 ? PENDING_POLL_MS : false,
  });

  const previous = useRef<ReadonlySet<OrderId> | null>(null);
  useEffect(() => {
    if (!pending.data) return;
    const now = new Set(pending.data.items.map((item) => item.id));
    const before = previous.current;
    previous.current = now;
    if (!before) return;
    const answered = [...before].filter((id) => !now.has(id));
    if (answered.length === 0) return;
    void queryClient.invalidateQueries({ queryKey: orderQueries.lists() });
    void queryClient.invalidateQueries({ queryKey: [...orderQueries.all(), 'counts'] });
    void Promise.all(
      answered
        .slice(0, MAX_NOTICES)
        .map((id) =>
          queryClient
            .fetchQuery({ ...orderQueries.detail(id), staleTime: 0 })
            .then(answerNotice, () => null),
        ),
    ).then((notices) => {
      const shown = notices.filter((notice) => notice !== null);
      for (const notice of shown) pushNotice(notice.text, notice.tone);
      const rest = answered.length - Math.min(answered.length, MAX_NOTICES);
      if (rest > 0) {
        pushNotice(
          plural(rest, {
            one: 'Sellers answered # more restore request.',
            other: 'Sellers answered # more restore requests.',
          }),
          'info',
        );
      }
      if (shown.length > 0 || rest > 0) {
        announce(
          shown
            .map((notice) => notice.text)
            .concat(
              rest > 0 ? [plural(rest, { one: '# more answer', other: '# more answers' })] : [],
            )
            .join('. '),
        );
      }
    });
  }, [pending.data, queryClient]);

  return null;
}
