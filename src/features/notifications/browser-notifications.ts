/**
 * "Notify me in this browser" (product.md §12): opt-in, remembered in this browser; once the
 * buyer has said yes and the browser has granted permission, a seller's answer that arrives
 * while the tab is hidden raises a system notification, and clicking it brings the tab forward
 * on that order.
 */
const PREFERENCE_KEY = 'order-restore.browser-notifications';

export type BrowserNotificationState =
  | 'on'
  | 'off'
  /** The buyer said yes, the browser said no (or the buyer refused its prompt). */
  | 'denied'
  | 'unsupported';

function supported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

function storedChoice(): boolean {
  try {
    return window.localStorage.getItem(PREFERENCE_KEY) === 'on';
  } catch {
    return false;
  }
}

function storeChoice(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(PREFERENCE_KEY, 'on');
    else window.localStorage.removeItem(PREFERENCE_KEY);
  } catch {
    // Storage refused: the choice lasts for this visit only.
  }
}

export function browserNotificationState(): BrowserNotificationState {
  if (!supported()) return 'unsupported';
  if (!storedChoice()) return 'off';
  return Notification.permission === 'granted'
    ? 'on'
    : Notification.permission === 'denied'
      ? 'denied'
      : 'off';
}

const listeners = new Set<() => void>();

/**
 * Calls `listener` when the state may have changed: turned on or off here, or in another tab of
 * this browser. For useSyncExternalStore, with `browserNotificationState` as the snapshot.
 */
export function onBrowserNotificationsChange(listener: () => void): () => void {
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === PREFERENCE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** Turns the notifications on (asking the browser's permission) or off. */
export async function setBrowserNotifications(on: boolean): Promise<BrowserNotificationState> {
  const state = await changeBrowserNotifications(on);
  for (const listener of listeners) listener();
  return state;
}

async function changeBrowserNotifications(on: boolean): Promise<BrowserNotificationState> {
  if (!supported()) return 'unsupported';
  if (!on) {
    storeChoice(false);
    return 'off';
  }
  storeChoice(true);
  const permission =
    Notification.permission === 'default'
      ? await Notification.requestPermission()
      : Notification.permission;
  if (permission !== 'granted') {
    storeChoice(false);
    return 'denied';
  }
  return 'on';
}

/**
 * A system notification for news about an order, if the buyer opted in and the tab is hidden
 * (a visible tab shows its own notice). Clicking it focuses the tab on the order.
 */
export function notifyInBrowser(
  title: string,
  body: string,
  orderId: string,
  openOrder: (path: string) => void,
): void {
  if (browserNotificationState() !== 'on' || document.visibilityState !== 'hidden') return;
  try {
    const notification = new Notification(title, { body, tag: `order-${orderId}` });
    notification.onclick = () => {
      window.focus();
      openOrder(`/orders/${orderId}`);
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: the page's notice stays.
  }
}
