// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { droppedAnnouncement, droppedNoticeText, selectedText } from './selection-words';

describe('what Deleted Orders says about the selection', () => {
  it('counts the selection, saying "All" for every order of a filter', () => {
    expect(selectedText(1, false)).toBe('1 order selected');
    expect(selectedText(1, true)).toBe('1 order selected');
    expect(selectedText(8525, false)).toBe('8,525 orders selected');
    expect(selectedText(8525, true)).toBe('All 8,525 orders selected');
  });

  it('says how many selected orders were dropped, on screen and to screen readers', () => {
    expect(droppedNoticeText(1)).toBe(
      '1 selected order does not match this filter or search and was dropped from the selection.',
    );
    expect(droppedAnnouncement(3)).toBe(
      '3 selected orders do not match and were dropped from the selection.',
    );
  });
});
