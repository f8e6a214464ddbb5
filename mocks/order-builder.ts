/**
 * Orders in exactly the state a flow needs (product.md §13), instead of looking order numbers up
 * in the seed table. A spec says where the order is now ("cancelled by the seller, 4 minutes of
 * its window left, from Kestrel Audio, in euros"); the builder plays a history that ends there
 * through the status machine itself, so a built order is always one the machine could produce,
 * and its deadlines then pass with the clock like any other.
 *
 * Specs are plain data (they travel from a Playwright test into the page, and into the journal):
 * `mocks/qa.ts` has the typed helpers QA writes them with.
 */
import * as z from 'zod/mini';
import { CURRENCIES } from '../src/domain/money';
import { orderId, type BuyerId, type OrderId } from '../src/domain/ids';
import { transition, type OrderEvent, type TransitionContext } from '../src/domain/machine';
import type { LineItem, Order, PlannedDecision } from '../src/domain/order';
import { placeOrder } from '../src/domain/place-order';
import { viewOf } from '../src/domain/placement';
import { BUYER_MESSAGES } from './people-words';
import { reasonsFor, RESTORE_REASON_IDS, type RestoreReasonId } from '../src/domain/reasons';
import {
  PAY_WINDOW_MS,
  refundByFor,
  restoreWindowFor,
  SHIP_WINDOW_MS,
} from '../src/domain/restore-rules';
import { DAY, HOUR, MINUTE, SECOND } from '../src/domain/time';
import { SELLERS, sellerOf, type CatalogSeller } from './catalog';
import { createRandom, hash32 } from './random';

/** A duration: milliseconds, or "mm:ss" / "hh:mm:ss" as Playwright's clock takes them. */
const durationSchema = z.union([z.number(), z.string().check(z.regex(/^\d+(:\d{1,2}){1,2}$/))]);

export const ORDER_SPEC_STATUSES = [
  'unpaid',
  'paid',
  'shipped',
  'finished',
  'refunding',
  'cancelled',
  'restoration_requested',
] as const;

export const orderSpecSchema = z.strictObject({
  status: z.enum(ORDER_SPEC_STATUSES),
  /** Cancelled or requested: was it paid before it was cancelled? Default: no. */
  paid: z.optional(z.boolean()),
  /** Who cancelled it (default the buyer); the platform cancels at pay-by (unpaid) or ship-by (paid). */
  cancelledBy: z.optional(z.enum(['buyer', 'seller', 'platform'])),
  /** The buyer's or seller's words for the cancellation. */
  reason: z.optional(z.string()),
  /** Unpaid and cancelled: how much of the restore window is left (default 10:00); 0 = closed. */
  windowLeft: z.optional(durationSchema),
  /** Paid and cancelled: how long until the refund lands (default about 9 business days); 0 = landed. */
  refundIn: z.optional(durationSchema),
  /** Restoration requested: how long ago it was asked (default 1 minute). */
  requestedAgo: z.optional(durationSchema),
  requestReason: z.optional(z.enum(RESTORE_REASON_IDS)),
  message: z.optional(z.string()),
  /** What the seller will answer and when (default: never, while the flow runs). */
  sellerAnswer: z.optional(z.enum(['accept', 'replace', 'refund', 'decline', 'never'])),
  answerIn: z.optional(durationSchema),
  /** An earlier request the seller declined, with this note (the order is cancelled again). */
  declinedNote: z.optional(z.string()),
  /** A seller of the catalog by id (`aurora-home`, `kestrel-audio`, …); default the first. */
  seller: z.optional(z.enum(SELLERS.map((seller) => seller.id as string) as [string, ...string[]])),
  /** How many items, or the items themselves. */
  items: z.optional(
    z.union([
      z.int().check(z.gte(1), z.lte(5)),
      z
        .array(
          z.strictObject({
            title: z.string().check(z.minLength(1), z.maxLength(200)),
            quantity: z.optional(z.int().check(z.gte(1), z.lte(99))),
            priceMinor: z.optional(z.int().check(z.gte(0))),
          }),
        )
        .check(z.minLength(1), z.maxLength(5)),
    ]),
  ),
  /** The order's currency (default the seller's). */
  currency: z.optional(z.enum(CURRENCIES)),
});

export type OrderSpec = z.infer<typeof orderSpecSchema>;

export function durationMs(value: number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  const parts = value.split(':').map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  return ((h! * 60 + m!) * 60 + s!) * SECOND;
}

function items(spec: OrderSpec, seller: CatalogSeller): LineItem[] {
  const currency = spec.currency ?? seller.currency;
  const given = spec.items ?? 1;
  if (typeof given === 'number') {
    return seller.products.slice(0, given).map((product, index) => ({
      title: product.title,
      variant: product.variants[index % product.variants.length]!,
      quantity: 1,
      unitPrice: { amountMinor: product.price, currency },
      image: product.image,
    }));
  }
  return given.map((item, index) => {
    const product = seller.products[index % seller.products.length]!;
    return {
      title: item.title,
      variant: product.variants[0]!,
      quantity: item.quantity ?? 1,
      unitPrice: { amountMinor: item.priceMinor ?? product.price, currency },
      image: product.image,
    };
  });
}

class Play {
  constructor(
    public order: Order,
    private readonly context: TransitionContext,
  ) {}

  at(moment: number, event: OrderEvent): this {
    const result = transition(this.order, event, moment, this.context);
    if (!result.ok) {
      throw new RangeError(
        `An order of this spec cannot be built: ${event.type} at ${new Date(moment).toISOString()} was refused (${result.refusal.message})`,
      );
    }
    this.order = result.order;
    return this;
  }
}

/** A cancellation moment whose refund (10 business days later) lands `refundIn` after now. */
function cancelledForRefund(now: number, refundIn: number): number {
  // Refund-by grows with the cancellation moment, in steps: the latest moment not past the target.
  let low = now - 20 * DAY;
  let high = now;
  for (let i = 0; i < 40; i += 1) {
    const middle = Math.floor((low + high) / 2);
    if (refundByFor(middle) - now <= refundIn) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * Builds one order of this spec, as it is at `now`. Everything is dated before `now`, so the
 * machine accepts the history; `random` picks nothing a spec names.
 */
export function buildOrder(
  input: OrderSpec,
  id: OrderId,
  buyer: BuyerId,
  now: number,
  context: TransitionContext,
): Order {
  const spec = orderSpecSchema.parse(input);
  const catalogSeller = SELLERS.find((seller) => seller.id === spec.seller) ?? SELLERS[0]!;
  const by = spec.cancelledBy ?? 'buyer';
  const paidBefore =
    spec.status === 'paid' ||
    spec.status === 'shipped' ||
    spec.status === 'finished' ||
    spec.status === 'refunding' ||
    spec.paid === true;
  const deleted = viewOf(spec) === 'deleted';
  const requested = spec.status === 'restoration_requested';
  const requestedAgo = durationMs(spec.requestedAgo, MINUTE);

  // When it is cancelled, counted back from now so that the window or refund is as asked.
  let cancelledAt = now - HOUR;
  if (deleted && !paidBefore) {
    const left = durationMs(spec.windowLeft, 10 * MINUTE);
    const full = restoreWindowFor(now, context.saleEvents).endsAt - now;
    if (left > full) {
      throw new RangeError(`windowLeft ${left} ms is longer than a restore window (${full} ms)`);
    }
    cancelledAt = now - (full - left);
  } else if (deleted || spec.status === 'refunding') {
    const refundIn = durationMs(spec.refundIn, refundByFor(now - HOUR) - now);
    cancelledAt = cancelledForRefund(now, Math.max(refundIn, -1));
  }
  // Earlier events, each a little before the next.
  const requestAt = requested ? Math.min(now - SECOND, now - requestedAgo) : now - MINUTE;
  const declinedAt = cancelledAt + Math.max(SECOND, (requestAt - cancelledAt) / 2);
  const firstRequestAt = cancelledAt + Math.max(SECOND, (declinedAt - cancelledAt) / 2);
  if (requested && requestAt <= cancelledAt) {
    throw new RangeError('requestedAgo must be shorter than the time since the cancellation');
  }

  const placedAt = paidBefore
    ? by === 'platform' && deleted
      ? cancelledAt - SHIP_WINDOW_MS - HOUR
      : Math.min(cancelledAt, now) - 2 * DAY
    : by === 'platform' && deleted
      ? cancelledAt - PAY_WINDOW_MS
      : Math.min(cancelledAt, now) - 30 * MINUTE;
  const paidAt = by === 'platform' && deleted ? placedAt + HOUR : placedAt + HOUR;

  const play = new Play(
    placeOrder({
      id,
      buyerId: buyer,
      items: items(spec, catalogSeller),
      seller: sellerOf(catalogSeller),
      placedAt,
      // Built orders never ship by themselves: a flow ships them by moving the clock past ship-by.
      plan: { shipDelayMs: spec.status === 'shipped' || spec.status === 'finished' ? DAY : null },
    }),
    context,
  );
  if (paidBefore) play.at(paidAt, { type: 'pay' });

  switch (spec.status) {
    case 'unpaid':
    case 'paid':
      return play.order;
    case 'shipped':
      return play.at(paidAt + DAY, { type: 'ship' }).order;
    case 'finished':
      return play
        .at(paidAt + DAY, { type: 'ship' })
        .at(paidAt + 2 * DAY, { type: 'confirmReceipt' }).order;
    default:
      break;
  }

  if (by === 'platform') {
    play.at(cancelledAt, { type: paidBefore ? 'shipByPasses' : 'payByPasses' });
  } else {
    play.at(cancelledAt, {
      type: 'cancel',
      by,
      reason: spec.reason ?? (by === 'buyer' ? 'I ordered by mistake' : 'Out of stock'),
    });
  }

  const kind = paidBefore ? 'paid' : 'unpaid';
  const reasonId: RestoreReasonId = spec.requestReason ?? reasonsFor(kind)[0]!;
  const template = BUYER_MESSAGES[reasonId];
  if (spec.declinedNote !== undefined) {
    play
      .at(firstRequestAt, {
        type: 'requestRestore',
        reason: reasonId,
        message: spec.message ?? template ?? 'Could you please restore my order? Thank you!',
      })
      .at(declinedAt, { type: 'decline', note: spec.declinedNote });
  }
  if (spec.status === 'cancelled') return play.order;

  const answer = spec.sellerAnswer ?? 'never';
  const plannedDecision: PlannedDecision | undefined =
    answer === 'never'
      ? undefined
      : {
          dueAt: requestAt + durationMs(spec.answerIn, 10 * MINUTE),
          outcome: answer,
          note:
            answer === 'decline'
              ? 'Sorry, this item is no longer in stock.'
              : 'Happy to restore it. Thank you for your patience!',
        };
  play.at(requestAt, {
    type: 'requestRestore',
    reason: reasonId,
    message: spec.message ?? template ?? 'Could you please restore my order? Thank you!',
    plannedDecision,
  });
  if (spec.status === 'restoration_requested') return play.order;
  // Refunding: the seller accepted with a refund.
  return play.at(now - SECOND, { type: 'acceptWithRefund', note: 'Your refund is on its way.' })
    .order;
}

/** Order numbers for built orders: fixed by the seed and the journal position, never seeded ones. */
export function builtOrderIds(
  seed: number,
  seq: number,
  count: number,
  taken: (id: string) => boolean,
): OrderId[] {
  const random = createRandom(hash32(seed, seq, 'built-orders'));
  const ids: OrderId[] = [];
  const mine = new Set<string>();
  while (ids.length < count) {
    const id = `6${random.digits(15)}`;
    if (taken(id) || mine.has(id)) continue;
    mine.add(id);
    ids.push(orderId(id));
  }
  return ids;
}
