/**
 * Tabs tell each other when the buyer changed something, so that every open tab refetches. This
 * works the same against the mock and against a real backend.
 */
/** The channel's name: a message on it from anywhere else (another tab, the mock's QA bridge) refreshes this page. */
export const CHANGES_CHANNEL = 'order-restore:changes';

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGES_CHANNEL);
  }
  return channel;
}

export function announceChangeToOtherTabs(): void {
  getChannel()?.postMessage({ type: 'orders-changed' });
}

export function onChangeInOtherTab(listener: () => void): () => void {
  const current = getChannel();
  if (!current) return () => undefined;
  const handler = () => listener();
  current.addEventListener('message', handler);
  return () => current.removeEventListener('message', handler);
}
