/**
 * How the restore dialog loads the orders it covers: the one order it was opened for, or every
 * selected order through the selection endpoint (so orders not loaded in the list count too).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Selection } from '../../api/contract';
import { orderQueries } from '../../api/order-queries';
import { sellerId, type OrderId } from '../../domain/ids';
import type { Order, Seller } from '../../domain/order';
import {
  refusalSince,
  restoreDeadline,
  restoreRefusalFor,
  type RefusalCode,
  type RestoreSnapshot,
} from '../../domain/restore-rules';
import type { RestoreTarget } from '../../domain/restore-target';
import { fromIso } from '../../domain/time';

/**
 * One order the dialog covers, whether loaded or known only from the selection endpoint; its
 * restorability is checked against the clock while the dialog is open (`blockedBy`).
 */
export type Candidate = RestoreSnapshot & {
  readonly id: OrderId;
  readonly seller: Seller;
};

/** Why a candidate cannot be sent at `now`, or null when it can. */
export const blockedBy: (candidate: Candidate, now: number) => RefusalCode | null = refusalSince;

function orderCandidate(order: Order, now: number): Candidate {
  return {
    id: order.id,
    paid: order.payment.state === 'paid',
    refusal: restoreRefusalFor(order, now),
    restoreBy: restoreDeadline(order) ?? null,
    seller: order.seller,
  };
}

export function useRestoreCandidates(target: RestoreTarget): {
  candidates: Candidate[] | undefined;
  error: Error | null;
  /** Asks the server again (restorability changes with the clock and in other tabs). */
  refresh: () => Promise<Candidate[]>;
} {
  const queryClient = useQueryClient();
  const scope = target.kind === 'many' ? target.scope : { filter: 'all' as const, q: '' };
  const selectionQuery = useQuery({
    ...orderQueries.selection({ filter: scope.filter, q: scope.q }),
    enabled: target.kind === 'many',
    staleTime: 0,
  });

  const toCandidates = useCallback(
    (data: Selection | undefined): Candidate[] => {
      if (target.kind === 'one') return [orderCandidate(target.order, Date.now())];
      if (!data) return [];
      const sellers = new Map(
        data.sellers.map((seller) => [seller.id, { ...seller, id: sellerId(seller.id) }]),
      );
      const selection = target.selection;
      return data.items
        .filter((item) =>
          selection.mode === 'ids' ? selection.ids.has(item.id) : !selection.except.has(item.id),
        )
        .map((item) => ({
          id: item.id,
          paid: item.paid,
          refusal: item.whyNot,
          restoreBy: item.restoreBy === null ? null : fromIso(item.restoreBy),
          // The endpoint lists the seller of every item it returns.
          seller: sellers.get(item.sellerId)!,
        }));
    },
    [target],
  );

  const candidates = useMemo(
    () =>
      target.kind === 'one' || selectionQuery.data ? toCandidates(selectionQuery.data) : undefined,
    [target.kind, selectionQuery.data, toCandidates],
  );

  const refresh = useCallback(async () => {
    if (target.kind === 'one') {
      // The order may have changed in another tab: ask the server for it as it is now.
      const order = await queryClient.fetchQuery({
        ...orderQueries.detail(target.order.id),
        staleTime: 0,
      });
      return [orderCandidate(order, Date.now())];
    }
    const data = await queryClient.fetchQuery({
      ...orderQueries.selection({ filter: target.scope.filter, q: target.scope.q }),
      staleTime: 0,
    });
    return toCandidates(data);
  }, [queryClient, target, toCandidates]);

  return { candidates, error: selectionQuery.error, refresh };
}
