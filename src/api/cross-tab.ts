/**
 * Tabs tell each other when the buyer changed something, so that every open tab refetches. This
 * works the same against the mock and against a real backend.
 */
const CHANNEL = 'order-restore:changes';

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
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
