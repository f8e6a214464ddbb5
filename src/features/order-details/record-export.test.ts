import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { apply, newOrder, T0 } from '../../test/domain-fixtures';
import { formatDateTime } from '../../i18n/format';
import { csvField, recordCsv, recordJson } from './record-export';

const TRICKY = 'Hi, "seller",\nplease <script>alert(1)</script> restore, thanks';

function recordWithMessages() {
  const cancelled = apply(newOrder(), [
    { type: 'cancel', by: 'buyer', reason: '=HYPERLINK("http://evil")' },
  ]);
  return apply(cancelled, [
    { type: 'requestRestore', reason: 'cancelled_by_mistake', message: TRICKY },
    { type: 'decline', note: 'No, sorry; "out of stock", really' },
  ]);
}

describe('the CSV record', () => {
  it('reads back, through a real CSV parser, exactly what the timeline holds', () => {
    const order = recordWithMessages();
    const csv = recordCsv(order);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['time', 'local time', 'actor', 'event', 'text', 'amount']);
    expect(parsed.data.slice(1).map((row) => row[3])).toEqual(
      order.timeline.map((event) => event.kind),
    );
    expect(parsed.data[1]).toEqual([
      new Date(T0).toISOString(),
      formatDateTime(T0),
      'You',
      'placed',
      'You placed the order',
      '$25.00',
    ]);
    expect(parsed.data[3]?.[4]).toBe(
      `You asked the seller to restore this order: I cancelled by mistake\n${TRICKY}`,
    );
    expect(parsed.data[4]).toEqual([
      expect.any(String),
      expect.any(String),
      'The seller',
      'restore_declined',
      'The seller declined to restore the order\nNo, sorry; "out of stock", really',
      '',
    ]);
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    const parsed = Papa.parse<string[]>(recordCsv(recordWithMessages()).slice(1), {
      skipEmptyLines: true,
    });
    expect(parsed.data[2]?.[4]).toBe('You cancelled this order\n=HYPERLINK("http://evil")');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
  });
});

describe('the JSON record', () => {
  it('holds the whole order at the edge shape, with when it was exported', () => {
    const order = recordWithMessages();
    const json = JSON.parse(recordJson(order, T0 + 1000)) as {
      exportedAt: string;
      order: Record<string, unknown>;
    };
    expect(json.exportedAt).toBe(new Date(T0 + 1000).toISOString());
    expect(json.order).toMatchObject({ id: order.id, status: 'cancelled' });
    expect(JSON.stringify(json)).toContain('out of stock');
    expect(JSON.stringify(json)).not.toContain('plannedDecision');
  });

  it('keeps, beside the ISO instants, the lines as the buyer read them, in their zone', () => {
    const order = recordWithMessages();
    const json = JSON.parse(recordJson(order, T0 + 1000)) as {
      language: string;
      timeZone: string;
      lines: Array<{ at: string; localTime: string; text: string; message: string | null }>;
    };
    expect(json.language).toBe('en');
    expect(json.timeZone).toBe('UTC');
    expect(json.lines[0]).toMatchObject({
      at: new Date(T0).toISOString(),
      localTime: 'Nov 25, 2026, 10:00 AM UTC',
      text: 'You placed the order',
    });
    expect(json.lines.at(-1)).toMatchObject({
      text: 'The seller declined to restore the order',
      message: 'No, sorry; "out of stock", really',
    });
  });
});
