/**
 * The buyer's notifications (product.md §12), on top of the order queries: derived from the
 * buyer's orders brought up to the moment asked (src/domain/notifications.ts), so a read never
 * writes. All the mock keeps is what the buyer has read, the ids marked read and an "all read up
 * to" moment, rebuilt like everything else from the journal (db.ts applies those changes).
 */
import {
  compareNotifications,
  feedOf,
  isRead,
  notificationsOf,
  NOTHING_READ,
  withAllReadUpTo,
  withRead,
  type BuyerNotification,
  type NotificationReadState,
} from '../src/domain/notifications';
import { OrderQueries } from './db-queries';

/** Where a page of notifications ends: the last one's moment and id. */
export type NotificationKey = readonly [at: number, id: string];

export type NotificationPage = {
  readonly notifications: ReadonlyArray<BuyerNotification & { readonly read: boolean }>;
  readonly nextKey: NotificationKey | null;
  /** On every page, not only this one. */
  readonly unread: number;
};

export abstract class NotificationQueries extends OrderQueries {
  private readState: NotificationReadState = NOTHING_READ;

  protected markNotificationsRead(ids: readonly string[]): void {
    this.readState = withRead(this.readState, ids);
  }

  /** Never beyond `at`, the moment of the request: what did not exist yet cannot have been read. */
  protected markAllNotificationsRead(upTo: number, at: number): void {
    this.readState = withAllReadUpTo(this.readState, Math.min(upTo, at));
  }

  private unreadIn(feed: readonly BuyerNotification[]): number {
    return feed.filter((found) => !isRead(found, this.readState)).length;
  }

  /** The feed at `now`, collected in slices: with 10,000 orders, all at once was a long task. */
  private async feed(now: number): Promise<BuyerNotification[]> {
    const found: BuyerNotification[] = [];
    await this.forEachMine(now, (order) => found.push(...notificationsOf(order, now)));
    return feedOf(found, now);
  }

  /** How many of the buyer's notifications are unread at `now`. */
  async unreadNotifications(now: number): Promise<number> {
    return this.unreadIn(await this.feed(now));
  }

  /** One page, newest first, after `cursor` (the key of the last one of the page before). */
  async notificationPage(
    query: { cursor?: NotificationKey | undefined; limit: number },
    now: number,
  ): Promise<NotificationPage> {
    const feed = await this.feed(now);
    const cursor = query.cursor;
    // The first notification after the cursor's key: the one it named may be gone since.
    const after =
      cursor === undefined
        ? 0
        : feed.findIndex(
            (found) => compareNotifications(found, { at: cursor[0], id: cursor[1] }) > 0,
          );
    const start = after < 0 ? feed.length : after;
    const page = feed.slice(start, start + query.limit);
    const last = page.at(-1);
    return {
      notifications: page.map((found) => ({ ...found, read: isRead(found, this.readState) })),
      nextKey: last && start + query.limit < feed.length ? [last.at, last.id] : null,
      unread: this.unreadIn(feed),
    };
  }
}
