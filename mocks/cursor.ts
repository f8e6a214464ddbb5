import type { SortKey } from '../src/domain/placement';

/** Cursors are opaque to clients: the sort key of the last order of a page, base64url-encoded. */
export function encodeCursor(key: SortKey): string {
  return btoa(JSON.stringify(key)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string): SortKey | null {
  try {
    const json = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    const value: unknown = JSON.parse(json);
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
  } catch {
    return null;
  }
}
