// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  isSelected,
  narrowSelection,
  resolveSelection,
  sameScope,
  selectAll,
  selectOnly,
  selectAllState,
  selectedCount,
  toggle,
  type SelectionScope,
  type SelectionState,
} from './selection';

const RESTORABLE: SelectionScope = { filter: 'restorable', q: '' };
const LAMPS: SelectionScope = { filter: 'restorable', q: 'lamp' };

const ids = (...values: string[]): SelectionState => ({ mode: 'ids', ids: new Set(values) });

/** Every id the selection picks among these, in list order. */
const picked = (selection: SelectionState, list: readonly string[]) =>
  list.filter((id) => isSelected(selection, id));

describe('selecting orders one by one', () => {
  it('starts with nothing selected', () => {
    expect(selectedCount(EMPTY_SELECTION)).toBe(0);
    expect(isSelected(EMPTY_SELECTION, 'a')).toBe(false);
    expect(EMPTY_SELECTION).toEqual({ mode: 'ids', ids: new Set() });
  });

  it('toggles an order in and out', () => {
    const one = toggle(EMPTY_SELECTION, 'a');
    expect(one).toEqual(ids('a'));
    expect(isSelected(one, 'a')).toBe(true);
    expect(isSelected(one, 'b')).toBe(false);
    const two = toggle(one, 'b');
    expect(selectedCount(two)).toBe(2);
    expect(picked(two, ['a', 'b', 'c'])).toEqual(['a', 'b']);
    const back = toggle(two, 'a');
    expect(back).toEqual(ids('b'));
    expect(selectedCount(back)).toBe(1);
  });

  it('never changes the selection it was given', () => {
    const one = ids('a');
    toggle(one, 'b');
    toggle(one, 'a');
    expect(one).toEqual(ids('a'));
    const all = selectAll(RESTORABLE, 3);
    toggle(all, 'a');
    expect(selectedCount(all)).toBe(3);
    expect(isSelected(all, 'a')).toBe(true);
  });
});

describe('"Select all": every order matching the filter and search, except some', () => {
  it('selects every matching order, even ones not loaded yet, at no cost', () => {
    const all = selectAll(RESTORABLE, 10_000);
    expect(all).toEqual({ mode: 'all', scope: RESTORABLE, total: 10_000, except: new Set() });
    expect(selectedCount(all)).toBe(10_000);
    expect(isSelected(all, 'never-rendered')).toBe(true);
  });

  it('selects nothing when nothing matches', () => {
    expect(selectAll(RESTORABLE, 0)).toBe(EMPTY_SELECTION);
    expect(selectAll(RESTORABLE, -1)).toBe(EMPTY_SELECTION);
    expect(selectAll(RESTORABLE, 1)).toMatchObject({ mode: 'all', total: 1 });
  });

  it('unselecting an order adds it to the exceptions, selecting it again removes it', () => {
    const all = selectAll(RESTORABLE, 3);
    const withoutB = toggle(all, 'b');
    expect(withoutB).toEqual({
      mode: 'all',
      scope: RESTORABLE,
      total: 3,
      except: new Set(['b']),
    });
    expect(selectedCount(withoutB)).toBe(2);
    expect(picked(withoutB, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    const again = toggle(withoutB, 'b');
    expect(again).toEqual(all);
    expect(selectedCount(again)).toBe(3);
  });

  it('becomes an empty selection once every order has been unselected', () => {
    const all = selectAll(RESTORABLE, 3);
    const oneLeft = toggle(toggle(all, 'a'), 'b');
    expect(oneLeft).toMatchObject({ mode: 'all', except: new Set(['a', 'b']) });
    expect(selectedCount(oneLeft)).toBe(1);
    expect(toggle(oneLeft, 'c')).toBe(EMPTY_SELECTION);
  });

  it('never counts below zero', () => {
    const stale: SelectionState = {
      mode: 'all',
      scope: RESTORABLE,
      total: 1,
      except: new Set(['a', 'b']),
    };
    expect(selectedCount(stale)).toBe(0);
  });
});

describe('the "Select all" checkbox', () => {
  it('is unchecked when nothing is selected', () => {
    expect(selectAllState(EMPTY_SELECTION, 5)).toBe('unchecked');
    expect(selectAllState(EMPTY_SELECTION, 0)).toBe('unchecked');
  });

  it('is checked when every order of the list is selected, one by one or with "Select all"', () => {
    expect(selectAllState(ids('a', 'b'), 2)).toBe('checked');
    expect(selectAllState(selectAll(RESTORABLE, 2), 2)).toBe('checked');
    // Orders that match the scope after "Select all" was chosen are selected too.
    expect(selectAllState(selectAll(RESTORABLE, 2), 3)).toBe('checked');
  });

  it('is mixed when some but not all are selected', () => {
    expect(selectAllState(ids('a'), 2)).toBe('mixed');
    expect(selectAllState(toggle(selectAll(RESTORABLE, 3), 'a'), 3)).toBe('mixed');
    // The exceptions decide, not the count: one excepted order out of a list that has shrunk.
    expect(selectAllState(toggle(selectAll(RESTORABLE, 3), 'a'), 2)).toBe('mixed');
  });
});

describe('resolveSelection: the selected ids among the matching ones', () => {
  const list = ['d', 'c', 'b', 'a'];

  it('keeps the list order, not the order of selecting', () => {
    const selection = toggle(toggle(toggle(EMPTY_SELECTION, 'a'), 'c'), 'd');
    expect(resolveSelection(selection, list)).toEqual(['d', 'c', 'a']);
  });

  it('leaves out selected ids that do not match any more', () => {
    expect(resolveSelection(ids('a', 'z'), list)).toEqual(['a']);
  });

  it('resolves "Select all" to every candidate but the exceptions', () => {
    const selection = toggle(selectAll(RESTORABLE, 4), 'c');
    expect(resolveSelection(selection, list)).toEqual(['d', 'b', 'a']);
    expect(resolveSelection(selectAll(RESTORABLE, 4), list)).toEqual(list);
  });
});

describe('narrowSelection: after the filter or search changed', () => {
  it('keeps the selected orders that still match and says how many were dropped', () => {
    const result = narrowSelection(
      ids('a', 'b', 'c'),
      ['a', 'b', 'c', 'd'],
      ['a', 'c', 'x'],
      LAMPS,
    );
    expect(result).toEqual({ selection: ids('a', 'c'), dropped: 1 });
  });

  it('drops nothing when every selected order still matches', () => {
    const result = narrowSelection(ids('a'), ['a', 'b'], ['a', 'b', 'x'], LAMPS);
    expect(result).toEqual({ selection: ids('a'), dropped: 0 });
  });

  it('becomes "Select all" of the new scope when the kept orders are all that match', () => {
    const result = narrowSelection(ids('a', 'b', 'c'), ['a', 'b', 'c'], ['c', 'a'], LAMPS);
    expect(result).toEqual({
      selection: { mode: 'all', scope: LAMPS, total: 2, except: new Set() },
      dropped: 1,
    });
  });

  it('becomes empty when none of the selected orders match', () => {
    expect(narrowSelection(ids('a', 'b'), ['a', 'b'], ['x'], LAMPS)).toEqual({
      selection: EMPTY_SELECTION,
      dropped: 2,
    });
    expect(narrowSelection(ids('a'), ['a'], [], LAMPS)).toEqual({
      selection: EMPTY_SELECTION,
      dropped: 1,
    });
    expect(narrowSelection(EMPTY_SELECTION, ['a'], ['a'], LAMPS)).toEqual({
      selection: EMPTY_SELECTION,
      dropped: 0,
    });
  });

  it('needs the ids the old scope matched only for "Select all"', () => {
    // One-by-one selections carry their own ids: an empty or stale `before` changes nothing.
    expect(narrowSelection(ids('a', 'b'), [], ['a', 'b', 'c'], LAMPS)).toEqual({
      selection: ids('a', 'b'),
      dropped: 0,
    });
    expect(narrowSelection(selectAll(RESTORABLE, 2), [], ['a', 'b'], LAMPS)).toEqual({
      selection: EMPTY_SELECTION,
      dropped: 0,
    });
  });

  it('narrows "Select all" through every order the old scope matched, minus the exceptions', () => {
    const all = toggle(selectAll(RESTORABLE, 4), 'b');
    const result = narrowSelection(all, ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'x'], LAMPS);
    // Selected were a, c, d; d no longer matches; b was never selected and x is new.
    expect(result).toEqual({ selection: ids('a', 'c'), dropped: 1 });
  });

  it('keeps "Select all" when the new scope matches exactly the selected orders', () => {
    const all = selectAll(RESTORABLE, 3);
    const result = narrowSelection(all, ['a', 'b', 'c'], ['b', 'c'], LAMPS);
    expect(result).toEqual({ selection: selectAll(LAMPS, 2), dropped: 1 });
  });
});

describe('selectOnly: after a send, only the failed orders', () => {
  it('is exactly those ids, or nothing', () => {
    expect(selectOnly(['a', 'b'])).toEqual({ mode: 'ids', ids: new Set(['a', 'b']) });
    expect(selectOnly([])).toBe(EMPTY_SELECTION);
  });
});

describe('sameScope', () => {
  it('compares filter and search', () => {
    expect(sameScope(RESTORABLE, { filter: 'restorable', q: '' })).toBe(true);
    expect(sameScope(RESTORABLE, LAMPS)).toBe(false);
    expect(sameScope(RESTORABLE, { filter: 'closed', q: '' })).toBe(false);
  });
});
