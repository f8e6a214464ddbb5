import { plural, t } from '@lingui/core/macro';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { notificationQueries } from '../../api/notifications';
import { withMessages } from '../../i18n/activate';
import { formatCount } from '../../i18n/format';

// The panel and its sentences load when the buyer first opens it.
const NotificationsPanel = lazy(
  withMessages('later', () =>
    import('./notifications-panel').then((module) => ({ default: module.NotificationsPanel })),
  ),
);

/** The header's "Notifications" button: its name carries the unread count ("Notifications, 2 unread"). */
export function NotificationsButton() {
  const unread = useQuery(notificationQueries.unread());
  const [open, setOpen] = useState(false);
  const count = unread.data ?? 0;
  const name =
    count > 0
      ? plural(count, { one: 'Notifications, # unread', other: 'Notifications, # unread' })
      : t`Notifications`;
  return (
    <>
      <button
        type="button"
        className="notifications-button"
        aria-label={name}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 && (
          <span className="notifications-button__count" aria-hidden="true">
            {formatCount(count)}
          </span>
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <NotificationsPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
