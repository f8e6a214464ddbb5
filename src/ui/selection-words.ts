/** What the app says about the buyer's selection (Deleted Orders, the restore dialog), each sentence once. */
import { formatCount, plural } from '../domain/count';

/** "1 order selected", "12 orders selected", "All 8,525 orders selected" (every matching order). */
export function selectedText(count: number, all: boolean): string {
  return all && count > 1
    ? `All ${formatCount(count)} orders selected`
    : `${plural(count, 'order', 'orders')} selected`;
}

/** The notice above the list after a filter or search change dropped selected orders. */
export function droppedNoticeText(dropped: number): string {
  return `${plural(dropped, 'selected order does', 'selected orders do')} not match this filter or search and ${dropped === 1 ? 'was' : 'were'} dropped from the selection.`;
}

/** The same news, announced to screen readers. */
export function droppedAnnouncement(dropped: number): string {
  return `${plural(dropped, 'selected order does', 'selected orders do')} not match and ${dropped === 1 ? 'was' : 'were'} dropped from the selection.`;
}
