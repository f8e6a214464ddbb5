/**
 * Tabs tell each other when the buyer changed something, so that every open tab refetches. This
 * works the same against the mock and against a real backend. Within the page, whatever changes
 * the data behind the app's back (the mock's QA bridge putting orders in) says so with a window
 * event, which, unlike a channel message, is delivered at once and never dropped.
 */
const CHANGES_CHANNEL = 'order-restore:changes';

/** Dispatched on `window` when the data changed in this page by other means than the app. */
export const ORDERS_CHANGED_EVENT = 'order-restore:orders-changed';

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

/** Calls `listener` when another tab, or something else in this page, changed the orders. */
export function onChangeInOtherTab(listener: () => void): () => void {
  const current = getChannel();
  const handler = () => listener();
  current?.addEventListener('message', handler);
  if (typeof window !== 'undefined') window.addEventListener(ORDERS_CHANGED_EVENT, handler);
  return () => {
    current?.removeEventListener('message', handler);
    if (typeof window !== 'undefined') window.removeEventListener(ORDERS_CHANGED_EVENT, handler);
  };
}
