import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { orderQueries } from '../../api/order-queries';
import {
  EMPTY_SELECTION,
  narrowSelection,
  sameScope,
  selectAll,
  selectedCount,
  toggle,
  type SelectionScope,
  type SelectionState,
  selectOnly,
} from '../../domain/selection';
import { announce } from '../../ui/live-region';
import { droppedAnnouncement, selectedText } from '../../ui/selection-words';

/**
 * The selection in Deleted Orders. When the filter or search changes, only the selected orders
 * that still match are kept, and the buyer is told how many were dropped.
 */
export function useSelection(scope: SelectionScope) {
  const queryClient = useQueryClient();
  const [selection, setSelection] = useState<SelectionState>(EMPTY_SELECTION);
  const [dropped, setDropped] = useState(0);
  const selectionRef = useRef(selection);
  const scopeRef = useRef(scope);

  useEffect(() => {
    selectionRef.current = selection;
  }, [selection]);

  const idsOf = useCallback(
    async (of: SelectionScope) =>
      (
        await queryClient.fetchQuery({
          ...orderQueries.selection({ filter: of.filter, q: of.q }),
          staleTime: 5_000,
        })
      ).items.map((item) => item.id),
    [queryClient],
  );

  useEffect(() => {
    const before = scopeRef.current;
    if (sameScope(before, scope)) return;
    scopeRef.current = scope;
    const current = selectionRef.current;
    if (selectedCount(current) === 0) return;
    let cancelled = false;
    void Promise.all([
      current.mode === 'all' ? idsOf(current.scope) : Promise.resolve([]),
      idsOf(scope),
    ]).then(
      ([beforeIds, afterIds]) => {
        if (cancelled) return;
        const narrowed = narrowSelection(selectionRef.current, beforeIds, afterIds, scope);
        setSelection(narrowed.selection);
        setDropped(narrowed.dropped);
        if (narrowed.dropped > 0) {
          announce(droppedAnnouncement(narrowed.dropped));
        }
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [scope, idsOf]);

  // The selection bar's appearance and count are announced (politely, once things settle).
  const count = selectedCount(selection);
  const allMode = selection.mode === 'all';
  useEffect(() => {
    const timer = setTimeout(() => {
      if (count === 0) return;
      announce(selectedText(count, allMode));
    }, 400);
    return () => clearTimeout(timer);
  }, [count, allMode]);

  return {
    selection,
    dropped,
    dismissDropped: useCallback(() => setDropped(0), []),
    toggle: useCallback((id: string) => {
      setDropped(0);
      setSelection((current) => toggle(current, id));
    }, []),
    selectAll: useCallback((total: number) => {
      setDropped(0);
      setSelection(selectAll(scopeRef.current, total));
    }, []),
    clear: useCallback(() => {
      setDropped(0);
      setSelection(EMPTY_SELECTION);
    }, []),
    /** After a send: what was sent or cannot be sent leaves; what failed stays for a retry. */
    keepOnly: useCallback((ids: readonly string[]) => {
      setSelection(selectOnly(ids));
    }, []),
  };
}
