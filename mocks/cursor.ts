import { MAX_NOTIFICATION_ID_LENGTH } from '../src/api/contract';
import type { SortKey } from '../src/domain/placement';
import type { NotificationKey } from './db-notifications';

/** Cursors are opaque to clients: the key of the last item of a page, as base64url-encoded JSON. */
function encode(key: unknown): string {
  return btoa(JSON.stringify(key)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The JSON inside a cursor, or undefined when it is not one this API could have given. */
function decode(cursor: string): unknown {
  try {
    return JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))) as unknown;
  } catch {
    return undefined;
  }
}

/** A list's cursor: the sort key of the last order of a page. */
export function encodeCursor(key: SortKey): string {
  return encode(key);
}

export function decodeCursor(cursor: string): SortKey | null {
  const value = decode(cursor);
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    Number.isInteger(value[0]) &&
    Number.isFinite(value[1]) &&
    typeof value[2] === 'string' &&
    /^\d{16}$/.test(value[2])
  ) {
    return [value[0] as number, value[1] as number, value[2]];
  }
  return null;
}

/** The notifications' cursor: the moment and id of the last notification of a page. */
export function encodeNotificationCursor(key: NotificationKey): string {
  return encode(key);
}

export function decodeNotificationCursor(cursor: string): NotificationKey | null {
  const value = decode(cursor);
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isSafeInteger(value[0]) &&
    typeof value[1] === 'string' &&
    value[1].length <= MAX_NOTIFICATION_ID_LENGTH
  ) {
    return [value[0] as number, value[1]];
  }
  return null;
}
