import { t } from '@lingui/core/macro';
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
    () => true,
  );
}

/** While the browser is offline, reads wait and resume by themselves; the buyer is told so. */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <div role="status" className="notice notice--warning">
      <p>{t`You're offline. Your orders will refresh when you're back online.`}</p>
    </div>
  );
}
