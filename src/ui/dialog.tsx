/**
 * A modal dialog on the platform's own <dialog>: showModal() makes the rest of the page inert
 * (focus cannot leave the dialog for the page), Escape closes it, and focus goes back to the
 * element that opened it. No focus-trap library is needed for that.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Where focus goes when the opener is gone (e.g. the order left the list). */
  fallbackFocus?: () => HTMLElement | null;
  /** While true, Escape does not close (e.g. a request is on its way). */
  busy?: boolean;
  className?: string;
};

export function Dialog({
  title,
  onClose,
  children,
  fallbackFocus,
  busy = false,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocus);
  const busyRef = useRef(busy);
  useEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocus;
    busyRef.current = busy;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      if (!busyRef.current) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      const target = opener?.isConnected ? opener : (fallbackRef.current?.() ?? null);
      target?.focus();
    };
  }, []);

  return (
    <dialog ref={ref} aria-labelledby={titleId} className={`dialog ${className ?? ''}`}>
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
