import type { DeletedFilter } from './placement';

/**
 * Which orders the buyer has selected in Deleted Orders: either a set of ids, or "every order
 * matching this filter and search, except these". Selecting 10,000 orders costs no more than
 * selecting one, and orders not yet loaded (or rendered) are selected too.
 */
export type SelectionScope = { readonly filter: DeletedFilter; readonly q: string };

export type SelectionState =
  | { readonly mode: 'ids'; readonly ids: ReadonlySet<string> }
  | {
      readonly mode: 'all';
      readonly scope: SelectionScope;
      /** How many orders matched when "Select all" was chosen (the list's total). */
      readonly total: number;
      readonly except: ReadonlySet<string>;
    };

export const EMPTY_SELECTION: SelectionState = { mode: 'ids', ids: new Set() };

export function selectedCount(selection: SelectionState): number {
  return selection.mode === 'ids'
    ? selection.ids.size
    : Math.max(0, selection.total - selection.except.size);
}

export function isSelected(selection: SelectionState, id: string): boolean {
  return selection.mode === 'ids' ? selection.ids.has(id) : !selection.except.has(id);
}

export function toggle(selection: SelectionState, id: string): SelectionState {
  if (selection.mode === 'ids') {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { mode: 'ids', ids };
  }
  const except = new Set(selection.except);
  if (except.has(id)) except.delete(id);
  else except.add(id);
  if (except.size >= selection.total) return EMPTY_SELECTION;
  return { ...selection, except };
}

/** Exactly these orders (after a send: the ones that failed, kept for a retry). */
export function selectOnly(ids: Iterable<string>): SelectionState {
  const only = new Set(ids);
  return only.size === 0 ? EMPTY_SELECTION : { mode: 'ids', ids: only };
}

export function selectAll(scope: SelectionScope, total: number): SelectionState {
  if (total <= 0) return EMPTY_SELECTION;
  return { mode: 'all', scope, total, except: new Set() };
}

/** "Select all" is checked, unchecked, or mixed (some but not all selected). */
export function selectAllState(
  selection: SelectionState,
  total: number,
): 'checked' | 'unchecked' | 'mixed' {
  const count = selectedCount(selection);
  if (count === 0) return 'unchecked';
  if (selection.mode === 'all' ? selection.except.size === 0 : count >= total) return 'checked';
  return 'mixed';
}

/** The selected ids among `candidates` (the ids matching the selection's scope, in list order). */
export function resolveSelection(
  selection: SelectionState,
  candidates: readonly string[],
): string[] {
  return selection.mode === 'ids'
    ? candidates.filter((id) => selection.ids.has(id))
    : candidates.filter((id) => !selection.except.has(id));
}

/**
 * After the filter or search changed: keep only the selected orders that still match. `before`
 * is every id the old scope matched (needed for an "all" selection), `after` every id the new
 * scope matches. Says how many were dropped.
 */
export function narrowSelection(
  selection: SelectionState,
  before: readonly string[],
  after: readonly string[],
  scope: SelectionScope,
): { selection: SelectionState; dropped: number } {
  const selected =
    selection.mode === 'ids' ? [...selection.ids] : resolveSelection(selection, before);
  const matching = new Set(after);
  const kept = selected.filter((id) => matching.has(id));
  const dropped = selected.length - kept.length;
  if (kept.length === 0) return { selection: EMPTY_SELECTION, dropped };
  if (kept.length === after.length) return { selection: selectAll(scope, after.length), dropped };
  return { selection: { mode: 'ids', ids: new Set(kept) }, dropped };
}

export function sameScope(a: SelectionScope, b: SelectionScope): boolean {
  return a.filter === b.filter && a.q === b.q;
}
