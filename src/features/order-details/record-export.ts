/**
 * The order's record as files a buyer keeps (the seed: "keep records of all interactions"):
 * CSV with one row per timeline event, and the full record as JSON.
 */
import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { toOrderDto } from '../../api/order-mapping';
import type { Order } from '../../domain/order';
import { toIso } from '../../domain/time';
import { browserTimeZone, formatDateTime, formatMoney } from '../../i18n/format';
import { actorWords, timelineText } from '../../i18n/words/timeline-words';

/** Quotes a CSV field (RFC 4180) and defuses spreadsheet formulas in what people typed. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV's header row: the column names a spreadsheet shows, in the buyer's language. */
export const CSV_COLUMNS: readonly MessageDescriptor[] = [
  msg({
    message: 'time',
    comment: 'Column of the order record CSV: when it happened, as an ISO 8601 instant (UTC)',
  }),
  msg({
    message: 'local time',
    comment: 'Column of the order record CSV: when it happened, in the buyer’s time zone',
  }),
  msg({ message: 'actor', comment: 'Column of the order record CSV: who did it' }),
  msg({
    message: 'event',
    comment: 'Column of the order record CSV: the kind of event, as a code',
  }),
  msg({ message: 'text', comment: 'Column of the order record CSV: what happened, in words' }),
  msg({ message: 'amount', comment: 'Column of the order record CSV: the amount of money' }),
];

/** The record's lines as the buyer reads them: local times, sentences in their language. */
function recordLines(order: Order) {
  return order.timeline.map((event) => ({
    at: toIso(event.at),
    localTime: formatDateTime(event.at),
    actor: actorWords(event.actor),
    event: event.kind,
    text: timelineText(event, order),
    message: event.message,
    amount: event.amount ? formatMoney(event.amount) : null,
  }));
}

export function recordCsv(order: Order): string {
  const rows = recordLines(order).map((line) =>
    [
      line.at,
      line.localTime,
      line.actor,
      line.event,
      line.message === null ? line.text : `${line.text}\n${line.message}`,
      line.amount ?? '',
    ].map(csvField),
  );
  // A byte order mark lets spreadsheet programs read the UTF-8 (€, ¥, names) correctly.
  const header = CSV_COLUMNS.map((column) => csvField(i18n._(column)));
  return `\uFEFF${[header.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

/**
 * The full record: the order as the API sends it (ISO instants, codes), and beside it the lines as
 * the buyer read them, in their language and time zone (named), so the file says what the page said.
 */
export function recordJson(order: Order, exportedAt: number): string {
  const record = {
    exportedAt: toIso(exportedAt),
    language: i18n.locale,
    timeZone: browserTimeZone(),
    order: toOrderDto(order),
    lines: recordLines(order),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
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
