/**
 * Keeps the page live: refetches when another tab changed something, and watches pending restore
 * requests (polling while there are any and the tab is visible) so that a seller's answer shows
 * up, with a notice, wherever the buyer is.
 */
import { plural, t } from '@lingui/core/macro';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';
import { onChangeInOtherTab } from '../api/cross-tab';
import { cachedOrders, refreshOrders } from '../api/order-cache';
import { orderQueries, PENDING_POLL_MS } from '../api/order-queries';
import type { OrderId } from '../domain/ids';
import type { Order } from '../domain/order';
import { stillInFilter } from '../domain/placement';
import { notificationText } from '../i18n/words/notification-words';
import { announce } from '../ui/live-region';
import { pushNotice, type Notice } from '../ui/notices';
import {
  browserNotificationState,
  notifyInBrowser,
  onBrowserNotificationsChange,
} from '../features/notifications/browser-notifications';

/** At most this many answers get a notice of their own at once; the rest are counted. */
const MAX_NOTICES = 3;

function answerNotice(order: Order): (AnswerNotice & { orderId: OrderId }) | null {
  const notice = answerWords(order);
  return notice && { ...notice, orderId: order.id };
}

type AnswerNotice = { text: string; tone: Notice['tone'] };

/** A seller's answer (or the platform closing the request) in the same words as the notifications. */
function answerWords(order: Order): AnswerNotice | null {
  const request = order.restoreRequests.at(-1);
  if (!request || request.closedAt === null) return null;
  const about = { orderId: order.id, note: request.note, amount: null, until: null };
  switch (request.outcome) {
    case 'accepted':
      if (order.payBy === null) return null;
      return {
        text: notificationText({ ...about, kind: 'seller_accepted', until: order.payBy }),
        tone: 'success',
      };
    case 'accepted_replacement':
      return {
        text: notificationText({ ...about, kind: 'seller_replaced', until: order.shipBy }),
        tone: 'success',
      };
    case 'accepted_refund':
      return {
        text: notificationText({
          ...about,
          kind: 'seller_refunded',
          amount: order.total,
          until: order.refundBy,
        }),
        tone: 'success',
      };
    case 'declined':
      return { text: notificationText({ ...about, kind: 'seller_declined' }), tone: 'warning' };
    case 'expired':
      return { text: notificationText({ ...about, kind: 'request_expired' }), tone: 'warning' };
    case 'refund_completed': {
      const orderNumber = order.id;
      return {
        text: t`Order ${orderNumber}: refund completed before the seller answered`,
        tone: 'info',
      };
    }
    default:
      return null;
  }
}

export function LiveUpdates() {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();

  useEffect(() => onChangeInOtherTab(() => void refreshOrders(queryClient)), [queryClient]);

  // Read again when the buyer turns them on or off (here or in another tab): a hidden tab that
  // had started before the buyer turned them on had stopped watching when hidden.
  const notifyHidden = useSyncExternalStore(
    onBrowserNotificationsChange,
    () => browserNotificationState() === 'on',
  );
  const pending = useQuery({
    ...orderQueries.selection({ filter: 'requested', q: '' }),
    refetchInterval: (query) =>
      (query.state.data?.items.length ?? 0) > 0 ? PENDING_POLL_MS : false,
    // A hidden tab keeps watching only when the buyer asked to be notified in this browser.
    refetchIntervalInBackground: notifyHidden,
  });

  const previous = useRef<ReadonlySet<OrderId> | null>(null);
  useEffect(() => {
    if (!pending.data) return;
    const now = new Set(pending.data.items.map((item) => item.id));
    const before = previous.current;
    previous.current = now;
    if (!before) {
      // The first look, once the page has started: a request the page shows as waiting that was
      // answered meanwhile is read again, quietly (the notifications panel has its answer).
      const shownWaiting = cachedOrders(queryClient).filter((order) =>
        stillInFilter(order, 'requested'),
      );
      if (shownWaiting.some((order) => !now.has(order.id))) void refreshOrders(queryClient);
      return;
    }
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
      for (const notice of shown) {
        pushNotice(notice.text, notice.tone);
        notifyInBrowser(t`Order Restore`, notice.text, notice.orderId, navigate);
      }
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
  }, [pending.data, queryClient, navigate]);

  return null;
}
