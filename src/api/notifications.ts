/**
 * The buyer's notifications (product.md §12): read from the backend, which derives them from the
 * orders and keeps what has been read, so every tab agrees. Their keys sit under ['orders'], so
 * whatever refreshes the orders (another tab's change, a deadline) refreshes them too.
 */
import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { BuyerNotification } from '../domain/notifications';
import { fromIso, toIso } from '../domain/time';
import { request } from './client';
import { announceChangeToOtherTabs } from './cross-tab';
import { sendIdempotent } from './idempotent';

export type ShownNotification = BuyerNotification & { readonly read: boolean };
export type NotificationPage = {
  notifications: ShownNotification[];
  nextCursor: string | null;
  unread: number;
};

/** While the page is open, new notifications (derived from the clock too) are looked for this often. */
export const NOTIFICATIONS_POLL_MS = 30_000;
const PAGE_SIZE = 30;

async function fetchNotifications(
  cursor: string | undefined,
  limit: number,
  signal?: AbortSignal,
): Promise<NotificationPage> {
  const search = new URLSearchParams({ limit: String(limit) });
  if (cursor) search.set('cursor', cursor);
  const page = await request(`/api/notifications?${search.toString()}`, {
    schema: (c) => c.notificationPageSchema,
    signal,
  });
  return {
    notifications: page.notifications.map((item) => ({
      ...item,
      at: fromIso(item.at),
      until: item.until === null ? null : fromIso(item.until),
    })),
    nextCursor: page.nextCursor,
    unread: page.unread,
  };
}

export const notificationQueries = {
  all: () => ['orders', 'notifications'] as const,
  /** How many are unread (the header's button). */
  unread: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'unread'] as const,
      queryFn: ({ signal }) => fetchNotifications(undefined, 1, signal).then((page) => page.unread),
      refetchInterval: NOTIFICATIONS_POLL_MS,
    }),
  /** The panel's list, newest first, a page at a time. */
  feed: () =>
    infiniteQueryOptions({
      queryKey: [...notificationQueries.all(), 'feed'] as const,
      queryFn: ({ pageParam, signal }) => fetchNotifications(pageParam, PAGE_SIZE, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      refetchInterval: NOTIFICATIONS_POLL_MS,
    }),
};

async function afterRead(queryClient: QueryClient, unread: number): Promise<void> {
  queryClient.setQueryData(notificationQueries.unread().queryKey, unread);
  announceChangeToOtherTabs();
  await queryClient.invalidateQueries({ queryKey: notificationQueries.all() });
}

/** Marks these notifications read (opening one, or seeing it in the panel). */
export async function markNotificationsRead(
  queryClient: QueryClient,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const answer = await sendIdempotent((idempotencyKey) =>
    request('/api/notifications/read', {
      method: 'POST',
      body: { ids },
      idempotencyKey,
      schema: (c) => c.unreadCountSchema,
    }),
  );
  await afterRead(queryClient, answer.unread);
}

/** "Mark all as read": everything up to now. */
export async function markAllNotificationsRead(
  queryClient: QueryClient,
  upTo: number,
): Promise<void> {
  const answer = await sendIdempotent((idempotencyKey) =>
    request('/api/notifications/read-all', {
      method: 'POST',
      body: { upTo: toIso(upTo) },
      idempotencyKey,
      schema: (c) => c.unreadCountSchema,
    }),
  );
  await afterRead(queryClient, answer.unread);
}
