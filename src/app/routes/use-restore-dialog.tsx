import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { RestoreTarget } from '../../domain/restore-target';

const RestoreDialog = lazy(() => import('../../features/restore/restore-dialog'));

type Open = { readonly target: RestoreTarget; readonly onSent: (() => void) | undefined };

/**
 * The restore dialog a route screen opens: `open` shows it for a target (`onSent` is called once
 * the buyer dismisses its summary), `dialog` is what the route renders beside its screen. Its code
 * loads when it is first opened; closing it gives focus back, or to the heading `focusId` names.
 */
export function useRestoreDialog(focusId: string): {
  open: (target: RestoreTarget, onSent?: () => void) => void;
  dialog: ReactNode;
} {
  const [opened, setOpened] = useState<Open | null>(null);
  const open = useCallback(
    (target: RestoreTarget, onSent?: () => void) => setOpened({ target, onSent }),
    [],
  );
  const close = useCallback(() => setOpened(null), []);
  const fallbackFocus = useCallback(() => document.getElementById(focusId), [focusId]);
  const dialog = useMemo(
    () =>
      opened && (
        <Suspense fallback={null}>
          <RestoreDialog
            target={opened.target}
            onClose={close}
            onSent={opened.onSent}
            fallbackFocus={fallbackFocus}
          />
        </Suspense>
      ),
    [opened, close, fallbackFocus],
  );
  return { open, dialog };
}
