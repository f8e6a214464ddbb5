import { t } from '@lingui/core/macro';
import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import { useBuyAgain } from '../api/buy-again';
import type { Order } from '../domain/order';
import { Button } from '../ui/button';
import { noticeFailure } from './failed-notice';

/** "Buy again" for a screen: start it for one order, and whether one is on its way. */
export type BuyAgainAction = {
  start: (order: Order) => void;
  pending: boolean;
};

/**
 * "Buy again", once per screen: it makes a new order with the same items and opens it; a refusal
 * is explained in a page notice (a queued one is shown on the card itself). While one new order
 * is being made, every "Buy again" of the screen waits for it.
 */
export function useBuyAgainAction(): BuyAgainAction {
  const [, navigate] = useLocation();
  const { mutate, isPending } = useBuyAgain();
  const start = useCallback(
    (order: Order) =>
      mutate(
        { order },
        {
          onSuccess: (created) => navigate(`/orders/${created.id}`),
          onError: noticeFailure('buyAgain', order.id),
        },
      ),
    [mutate, navigate],
  );
  return useMemo(() => ({ start, pending: isPending }), [start, isPending]);
}

/** The "Buy again" button of one order, started through its screen's `useBuyAgainAction`. */
export function BuyAgainButton({ order, action }: { order: Order; action: BuyAgainAction }) {
  return (
    <Button disabled={action.pending} onClick={() => action.start(order)}>
      {t`Buy again`}
    </Button>
  );
}
