/** What the app says about the buyer's selection (Deleted Orders, the restore dialog), each sentence once. */
import { plural, t } from '@lingui/core/macro';

/** "1 order selected", "12 orders selected", "All 8,525 orders selected" (every matching order). */
export function selectedText(count: number, all: boolean): string {
  if (all && count > 1) {
    return t({
      comment: 'Every order matching the filter and search is selected (always more than one)',
      message: plural(count, { other: 'All # orders selected' }),
    });
  }
  return plural(count, { one: '# order selected', other: '# orders selected' });
}

/** The notice above the list after a filter or search change dropped selected orders. */
export function droppedNoticeText(dropped: number): string {
  return plural(dropped, {
    one: '# selected order does not match this filter or search and was dropped from the selection.',
    other:
      '# selected orders do not match this filter or search and were dropped from the selection.',
  });
}

/** The same news, announced to screen readers. */
export function droppedAnnouncement(dropped: number): string {
  return plural(dropped, {
    one: '# selected order does not match and was dropped from the selection.',
    other: '# selected orders do not match and were dropped from the selection.',
  });
}
