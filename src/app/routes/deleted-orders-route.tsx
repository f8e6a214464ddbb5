import { lazy, Suspense, useCallback, useState } from 'react';
import { DeletedOrdersScreen } from '../../features/deleted-orders/deleted-orders-screen';
import type { RestoreTarget } from '../../ui/restore-target';

const RestoreDialog = lazy(() => import('../../features/restore/restore-dialog'));

/** Deleted Orders = the list, with its selection, + the restore dialog it opens. */
export function DeletedOrdersRoute() {
  const [open, setOpen] = useState<{
    target: RestoreTarget;
    onSent: (() => void) | undefined;
  } | null>(null);
  const onRestore = useCallback(
    (target: RestoreTarget, onSent?: () => void) => setOpen({ target, onSent }),
    [],
  );
  const close = useCallback(() => setOpen(null), []);
  const focusHeading = useCallback(() => document.getElementById('deleted-orders-title'), []);
  return (
    <>
      <DeletedOrdersScreen onRestore={onRestore} />
      {open && (
        <Suspense fallback={null}>
          <RestoreDialog
            target={open.target}
            onClose={close}
            onSent={open.onSent}
            fallbackFocus={focusHeading}
          />
        </Suspense>
      )}
    </>
  );
}
