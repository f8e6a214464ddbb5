import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { OrderId } from '../../domain/ids';
import type { RestoreTarget } from '../../domain/restore-target';
import { withMessages } from '../../i18n/activate';

const RestoreDialog = lazy(
  withMessages('later', () => import('../../features/restore/restore-dialog')),
);

/** Told, once a send's answers are in, which of its orders failed (the rest were sent or queued). */
type OnSent = (failed: readonly OrderId[]) => void;

type Open = { readonly target: RestoreTarget; readonly onSent: OnSent | undefined };

/**
 * The restore dialog a route screen opens: `open` shows it for a target (`onSent` is told which
 * orders failed once a send's answers are in), `dialog` is what the route renders beside its screen. Its code
 * loads when it is first opened; closing it gives focus back, or to the heading `focusId` names.
 */
export function useRestoreDialog(focusId: string): {
  open: (target: RestoreTarget, onSent?: OnSent) => void;
  dialog: ReactNode;
} {
  const [opened, setOpened] = useState<Open | null>(null);
  const open = useCallback(
    (target: RestoreTarget, onSent?: OnSent) => setOpened({ target, onSent }),
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
