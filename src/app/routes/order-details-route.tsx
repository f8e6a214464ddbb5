import { useCallback } from 'react';
import { useParams } from 'wouter';
import type { Order } from '../../domain/order';
import { OrderDetailsScreen } from '../../features/order-details/order-details-screen';
import { useRestoreDialog } from './use-restore-dialog';

/** Order details = the record + the restore dialog its "Restore" button opens. */
export default function OrderDetailsRoute() {
  const { id = '' } = useParams<{ id: string }>();
  const restore = useRestoreDialog('order-title');
  const { open } = restore;
  const onRestore = useCallback((order: Order) => open({ kind: 'one', order }), [open]);
  return (
    <>
      <OrderDetailsScreen id={id} onRestore={onRestore} />
      {restore.dialog}
    </>
  );
}
