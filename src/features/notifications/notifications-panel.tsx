import { t } from '@lingui/core/macro';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import {
  markAllNotificationsRead,
  markNotificationsRead,
  notificationQueries,
  type ShownNotification,
} from '../../api/notifications';
import { errorMessage } from '../../order-actions/error-message';
import { formatDateTime } from '../../i18n/format';
import { notificationText } from '../../i18n/words/notification-words';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import {
  browserNotificationState,
  setBrowserNotifications,
  type BrowserNotificationState,
} from './browser-notifications';

/** The Notifications panel (product.md §12): newest first, each linking to its order. */
export function NotificationsPanel({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const feed = useInfiniteQuery(notificationQueries.feed());
  const unread = useQuery(notificationQueries.unread());
  const [failure, setFailure] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);
  const items = feed.data?.pages.flatMap((page) => page.notifications) ?? [];
  const loadError = errorMessage(feed.error);
  const unreadCount = unread.data ?? feed.data?.pages[0]?.unread ?? 0;

  const markAll = async () => {
    setMarking(true);
    setFailure(null);
    try {
      await markAllNotificationsRead(queryClient, Date.now());
    } catch (error) {
      const reason = errorMessage(error);
      setFailure(t`Not marked as read: ${reason}`);
    } finally {
      setMarking(false);
    }
  };

  const open = (item: ShownNotification) => {
    if (!item.read) {
      // Opening one marks it read; if that fails, it stays unread and is marked next time.
      void markNotificationsRead(queryClient, [item.id]).catch(() => undefined);
    }
    onClose();
  };

  return (
    <Dialog title={t`Notifications`} onClose={onClose} className="notifications-panel">
      <div className="notifications-panel__tools">
        <Button
          size="small"
          disabled={unreadCount === 0 || marking}
          pending={marking}
          onClick={() => void markAll()}
        >
          {t`Mark all as read`}
        </Button>
        <BrowserNotificationsSwitch />
      </div>
      {failure && (
        <p role="alert" className="form__error">
          {failure}
        </p>
      )}
      {feed.isPending ? (
        <p role="status">{t`Loading notifications…`}</p>
      ) : feed.isError && items.length === 0 ? (
        <div role="alert">
          <p>{t`Your notifications could not be loaded. ${loadError}`}</p>
          <Button size="small" onClick={() => void feed.refetch()}>
            {t`Try again`}
          </Button>
        </div>
      ) : items.length === 0 ? (
        <p>{t`No notifications yet. Sellers' answers, refunds and closing windows will show here.`}</p>
      ) : (
        <ul className="notifications-list">
          {items.map((item) => (
            <li
              key={item.id}
              className={`notifications-list__item ${item.read ? '' : 'notifications-list__item--unread'}`}
            >
              <Link to={`/orders/${item.orderId}`} onClick={() => open(item)}>
                {notificationText(item)}
              </Link>
              <span className="notifications-list__meta">
                <time dateTime={new Date(item.at).toISOString()}>{formatDateTime(item.at)}</time>
                {!item.read && <span className="notifications-list__new">{t`Unread`}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {feed.hasNextPage && (
        <Button
          size="small"
          pending={feed.isFetchingNextPage}
          onClick={() => void feed.fetchNextPage()}
        >
          {t`Load more`}
        </Button>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t`Close`}</Button>
      </div>
    </Dialog>
  );
}

/** "Notify me in this browser": asks the browser's permission; a refusal is said plainly. */
function BrowserNotificationsSwitch() {
  const id = useId();
  const [state, setState] = useState<BrowserNotificationState>(browserNotificationState);
  if (state === 'unsupported') {
    return <p className="form__hint">{t`This browser cannot show notifications.`}</p>;
  }
  return (
    <div className="notifications-panel__switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={state === 'on'}
        aria-describedby={state === 'denied' ? `${id}-denied` : undefined}
        onChange={(event) => void setBrowserNotifications(event.target.checked).then(setState)}
      />
      <label htmlFor={id}>{t`Notify me in this browser`}</label>
      {state === 'denied' && (
        <p id={`${id}-denied`} role="alert" className="form__error">
          {t`Your browser blocks notifications from this site. Allow them in the browser's site settings, then try again.`}
        </p>
      )}
    </div>
  );
}
