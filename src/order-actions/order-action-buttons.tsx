import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useConfirmReceipt } from '../api/confirm-receipt';
import { usePayOrder } from '../api/pay-order';
import type { Order } from '../domain/order';
import { Button } from '../ui/button';
import { noticeFailure } from './failed-notice';

/** The order actions that are one click: optimistic; a refusal is rolled back and explained in a page notice. */
const ONE_CLICK = {
  pay: { useChange: usePayOrder, label: msg`Pay now`, pendingLabel: msg`Paying…` },
  confirmReceipt: {
    useChange: useConfirmReceipt,
    label: msg`Confirm receipt`,
    pendingLabel: msg`Confirming…`,
  },
} as const;

function OneClickButton({ order, kind }: { order: Order; kind: keyof typeof ONE_CLICK }) {
  const { useChange, label, pendingLabel } = ONE_CLICK[kind];
  const change = useChange(noticeFailure(kind, order.id));
  return (
    <Button
      variant="primary"
      pending={change.isPending}
      pendingLabel={i18n._(pendingLabel)}
      onClick={() => change.mutate({ order })}
    >
      {i18n._(label)}
    </Button>
  );
}

/** "Pay now". */
export function PayButton({ order }: { order: Order }) {
  return <OneClickButton order={order} kind="pay" />;
}

/** "Confirm receipt". */
export function ConfirmReceiptButton({ order }: { order: Order }) {
  return <OneClickButton order={order} kind="confirmReceipt" />;
}
