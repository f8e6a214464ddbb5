import { lazy, Suspense, useCallback, useState } from 'react';
import { useParams } from 'react-router';
import type { Order } from '../../domain/order';
import { OrderDetailsScreen } from '../../features/order-details/order-details-screen';

const RestoreDialog = lazy(() => import('../../features/restore/restore-dialog'));

/** Order details = the record + the restore dialog its "Restore" button opens. */
export function OrderDetailsRoute() {
  const { id = '' } = useParams();
  const [restoring, setRestoring] = useState<Order | null>(null);
  const close = useCallback(() => setRestoring(null), []);
  const focusTitle = useCallback(() => document.getElementById('order-title'), []);
  return (
    <>
      <OrderDetailsScreen id={id} onRestore={setRestoring} />
      {restoring && (
        <Suspense fallback={null}>
          <RestoreDialog
            target={{ kind: 'one', order: restoring }}
            onClose={close}
            fallbackFocus={focusTitle}
          />
        </Suspense>
      )}
    </>
  );
}
