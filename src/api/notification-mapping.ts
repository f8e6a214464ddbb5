/**
 * A notification at the edge: ISO strings, and whether the buyer has read it; inside, epoch
 * milliseconds (src/domain/notifications.ts). The mock serialises with `toNotificationDto`.
 */
import type { BuyerNotification } from '../domain/notifications';
import { toIso } from '../domain/time';
import type { NotificationDto } from './contract';

export function toNotificationDto(found: BuyerNotification, read: boolean): NotificationDto {
  return {
    id: found.id,
    orderId: found.orderId,
    kind: found.kind,
    at: toIso(found.at),
    note: found.note,
    amount: found.amount && { ...found.amount },
    until: found.until === null ? null : toIso(found.until),
    read,
  };
}
