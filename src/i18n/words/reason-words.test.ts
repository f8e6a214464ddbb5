/**
 * The restore reasons' labels and templates, and the buyer's reasons for cancelling, in English
 * (the reason ids and which kind of order each goes with: src/domain/rules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { restoreMessageSchema } from '../../domain/message';
import { BUYER_CANCEL_REASON_IDS, reasonsFor, RESTORE_REASON_IDS } from '../../domain/reasons';
import { buyerCancelReasons, mixedTemplate, reasonTemplate } from './dialog-reasons';
import { reasonLabel } from './reason-words';

describe('reason labels', () => {
  it("offers the seed's reasons for each kind of order, in order", () => {
    expect(reasonsFor('unpaid').map(reasonLabel)).toEqual([
      'Payment issue has been resolved',
      'I cancelled by mistake',
      'I still want the item',
      'Other',
    ]);
    expect(reasonsFor('paid').map(reasonLabel)).toEqual([
      'Product issue',
      'Changed mind',
      'I want a replacement',
      'Other',
    ]);
  });

  it('finds the label of every reason, paid or unpaid', () => {
    expect(reasonLabel('payment_resolved')).toBe('Payment issue has been resolved');
    expect(reasonLabel('want_replacement')).toBe('I want a replacement');
    expect(reasonLabel('other')).toBe('Other');
    expect(new Set(RESTORE_REASON_IDS.map(reasonLabel)).size).toBe(7);
  });
});

describe('reason templates', () => {
  it('starts each reason from its polite message', () => {
    expect(Object.fromEntries(RESTORE_REASON_IDS.map((id) => [id, reasonTemplate(id)]))).toEqual({
      payment_resolved:
        'Hello, my payment did not go through in time, but the issue has been resolved now. ' +
        'Could you please restore my order? I will pay right away. Thank you!',
      cancelled_by_mistake:
        'Hello, I cancelled this order by mistake and would still like to buy it. ' +
        'Could you please restore it? Thank you for your help!',
      still_want_item:
        'Hello, I still want this item. Could you please restore my order so that I can complete ' +
        'the purchase? Thank you!',
      product_issue:
        'Hello, the order was cancelled because of an issue with the product. If the issue can be ' +
        'solved, I would like to keep my order. Could you please restore it? Thank you!',
      changed_mind:
        'Hello, I changed my mind and would like to keep this order after all. ' +
        'Could you please restore it? Thank you for understanding!',
      want_replacement:
        'Hello, I would still like to receive this item. If it is possible, please send me a ' +
        'replacement instead of the refund. Thank you!',
      other:
        'Hello, I would like to continue with this order. Could you please restore it? Thank you!',
    });
    expect(mixedTemplate()).toBe(
      'Hello, I would like to continue with my cancelled orders. Could you please restore them? ' +
        'I will complete any payment needed right away. Thank you for your help!',
    );
  });

  it('gives templates that pass the message rule, for every reason and the mixed one', () => {
    for (const id of [...reasonsFor('unpaid'), ...reasonsFor('paid'), ...RESTORE_REASON_IDS]) {
      const result = restoreMessageSchema.safeParse(reasonTemplate(id));
      expect(result.success, `template of ${id}`).toBe(true);
      // Sent as written: nothing to trim or normalize.
      expect(result.data).toBe(reasonTemplate(id));
    }
    expect(restoreMessageSchema.safeParse(mixedTemplate())).toEqual({
      success: true,
      data: mixedTemplate(),
    });
  });
});

describe("the buyer's reasons for cancelling", () => {
  it('offers them in order, one for each id', () => {
    expect(buyerCancelReasons()).toEqual([
      'I ordered by mistake',
      'I found a better price elsewhere',
      'I want to change the delivery address',
      'The delivery takes too long',
      'The seller asked me to cancel',
    ]);
    expect(buyerCancelReasons()).toHaveLength(BUYER_CANCEL_REASON_IDS.length);
  });
});
