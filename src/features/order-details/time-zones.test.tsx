/**
 * A refund date near midnight (product.md §10): counted in business days in UTC, written as the
 * buyer's date of that moment, the same on the card and on the record, in UTC+9 and UTC−8.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getBackend } from '../../../mocks/backend';
import { resetMockBackend } from '../../../mocks/node';
import { orders } from '../../../mocks/qa';
import { DAY } from '../../domain/time';
import { renderRoute } from '../../test/render';

const ZONE = process.env.TZ;
afterEach(() => {
  process.env.TZ = ZONE;
  vi.useRealTimers();
});

/** A paid, cancelled order whose refund lands three days after `now`. */
async function refundDueIn3Days(now: number, zone: string): Promise<string> {
  process.env.TZ = zone;
  vi.useFakeTimers({ toFake: ['Date'], now });
  resetMockBackend({ now });
  const [id] = await getBackend().put(
    orders.cancelled({ paid: true, cancelledBy: 'seller', refundIn: 3 * DAY }),
  );
  return id!;
}

async function refundDates(id: string) {
  const list = renderRoute('/orders/deleted?filter=restorable');
  const card = await screen.findByRole('article', { name: `Order ${id}` }, { timeout: 3_000 });
  const onCard = within(card).getByText(/^Refund by /).textContent;
  list.unmount();
  renderRoute(`/orders/${id}`);
  const line = await screen.findByText(/^Refund of .* on its way, by /, {}, { timeout: 3_000 });
  return { onCard, onRecord: line.textContent };
}

describe('refund dates in the buyer’s time zone', () => {
  it('15:30 UTC is the next day in Tokyo and the same day in Los Angeles', async () => {
    const now = Date.UTC(2026, 11, 1, 15, 30); // refund lands Dec 4, 15:30 UTC
    const tokyo = await refundDates(await refundDueIn3Days(now, 'Asia/Tokyo'));
    expect(tokyo.onCard).toBe('Refund by Dec 5, 2026');
    expect(tokyo.onRecord).toMatch(/, by Dec 5, 2026 · /);
  });

  it('07:30 UTC is still the day before in Los Angeles', async () => {
    const now = Date.UTC(2026, 11, 1, 7, 30); // refund lands Dec 4, 07:30 UTC
    const losAngeles = await refundDates(await refundDueIn3Days(now, 'America/Los_Angeles'));
    expect(losAngeles.onCard).toBe('Refund by Dec 3, 2026');
    expect(losAngeles.onRecord).toMatch(/, by Dec 3, 2026 · /);
  });

  it('the moment of the first case is still Dec 4 in Los Angeles', async () => {
    const late = await refundDates(
      await refundDueIn3Days(Date.UTC(2026, 11, 1, 15, 30), 'America/Los_Angeles'),
    );
    expect(late.onCard).toBe('Refund by Dec 4, 2026');
    expect(late.onRecord).toMatch(/, by Dec 4, 2026 · /);
  });

  it('the moment of the second case is already Dec 4 in Tokyo', async () => {
    const early = await refundDates(
      await refundDueIn3Days(Date.UTC(2026, 11, 1, 7, 30), 'Asia/Tokyo'),
    );
    expect(early.onCard).toBe('Refund by Dec 4, 2026');
    expect(early.onRecord).toMatch(/, by Dec 4, 2026 · /);
  });
});
