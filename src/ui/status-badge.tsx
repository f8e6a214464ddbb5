import type { OrderStatus } from '../domain/status';
import { statusLabel } from '../i18n/words/status-words';

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`status-badge status-badge--${status}`}>{statusLabel(status)}</span>;
}
