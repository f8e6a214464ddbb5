/**
 * The order's record as files a buyer keeps (the seed: "keep records of all interactions"):
 * CSV with one row per timeline event, and the full record as JSON.
 */
import { toOrderDto } from '../../api/order-mapping';
import { formatMoney } from '../../domain/money';
import type { Actor, Order } from '../../domain/order';
import { toIso } from '../../domain/time';

export const ACTOR_WORDS: Readonly<Record<Actor, string>> = {
  buyer: 'You',
  seller: 'The seller',
  platform: 'The platform',
};

/** Quotes a CSV field (RFC 4180) and defuses spreadsheet formulas in what people typed. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_COLUMNS = ['time', 'actor', 'event', 'text', 'amount'] as const;

export function recordCsv(order: Order): string {
  const rows = order.timeline.map((event) =>
    [
      toIso(event.at),
      ACTOR_WORDS[event.actor],
      event.kind,
      event.message === null ? event.text : `${event.text}\n${event.message}`,
      event.amount ? formatMoney(event.amount) : '',
    ].map(csvField),
  );
  // A byte order mark lets spreadsheet programs read the UTF-8 (€, ¥, names) correctly.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

export function recordJson(order: Order, exportedAt: number): string {
  return `${JSON.stringify({ exportedAt: toIso(exportedAt), order: toOrderDto(order) }, null, 2)}\n`;
}

export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
