import { DeletedOrdersScreen } from '../../features/deleted-orders/deleted-orders-screen';
import { useRestoreDialog } from './use-restore-dialog';

/** Deleted Orders = the list, with its selection, + the restore dialog it opens. */
export default function DeletedOrdersRoute() {
  const restore = useRestoreDialog('deleted-orders-title');
  return (
    <>
      <DeletedOrdersScreen onRestore={restore.open} />
      {restore.dialog}
    </>
  );
}
