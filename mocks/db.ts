/**
 * The mock's database: rebuilt in memory from the stored settings (scenario, seed, reset moment)
 * and the journal of the buyer's changes. Reads bring orders up to the moment asked through the
 * domain and never write; the one way in for a change is `apply`, which goes through the machine.
 */
import { orderId, type OrderId } from '../src/domain/ids';
import { canBuyAgain } from '../src/domain/buyer-actions';
import { transition, type OrderEvent } from '../src/domain/machine';
import type { Order } from '../src/domain/order';
import { buyAgain } from '../src/domain/place-order';
import { isReasonFor } from '../src/domain/reasons';
import type { RefusalCode } from '../src/domain/restore-rules';
import { NotificationQueries } from './db-notifications';
import { generateWithoutBlocking } from './generate';
import { buildOrder, builtOrderIds } from './order-builder';
import { hash32, createRandom } from './random';
import { DEMO_BUYER } from './seed-builder';
import { planDecision, planShipping } from './sellers';
import type { JournalEntry, MockSettings, Mutation } from './storage';

export type Refused = {
  readonly status: 404 | 409 | 400;
  readonly code: RefusalCode | 'NOT_FOUND' | 'VALIDATION_FAILED';
  readonly detail: string;
};

export type MutationOutcome =
  | { readonly kind: 'order'; readonly order: Order }
  | { readonly kind: 'refused'; readonly refused: Refused }
  | { readonly kind: 'built'; readonly ids: readonly OrderId[] }
  /** Counted when answered, so replaying the journal (every rebuild) never counts. */
  | { readonly kind: 'unread'; readonly count: () => Promise<number> }
  | {
      readonly kind: 'restore';
      readonly results: ReadonlyArray<
        | { readonly orderId: OrderId; readonly ok: true; readonly order: Order }
        | { readonly orderId: OrderId; readonly ok: false; readonly refused: Refused }
      >;
    };

function notFound(id: string): Refused {
  return { status: 404, code: 'NOT_FOUND', detail: `No order ${id} was found in your account.` };
}

export class MockDb extends NotificationQueries {
  private appliedEntries = 0;

  get journalLength(): number {
    return this.appliedEntries;
  }

  /** A fresh order number for "Buy again", fixed by the seed and the journal position. */
  newOrderIdFor(source: OrderId, seq: number): OrderId {
    const random = createRandom(hash32(this.settings.seed, source, seq, 'buy-again'));
    for (;;) {
      const id = `7${random.digits(15)}`;
      if (!this.orders.has(id as OrderId)) return orderId(id);
    }
  }

  private event(id: string, at: number, event: OrderEvent): MutationOutcome {
    const order = this.get(id, at);
    if (!order) return { kind: 'refused', refused: notFound(id) };
    const result = transition(order, event, at, this.context);
    if (!result.ok)
      return {
        kind: 'refused',
        refused: { status: 409, code: result.refusal.code, detail: result.refusal.message },
      };
    this.version += 1;
    this.orders.set(order.id, result.order);
    return { kind: 'order', order: this.get(order.id, at)! };
  }

  /** Applies one change from the journal (or a new one about to be journaled) at its moment. */
  apply(entry: Pick<JournalEntry, 'at' | 'request'>): MutationOutcome {
    const { at, request } = entry;
    const outcome = this.applyMutation(request, at);
    this.appliedEntries += 1;
    return outcome;
  }

  private applyMutation(request: Mutation, at: number): MutationOutcome {
    switch (request.op) {
      case 'pay':
        return this.event(request.orderId, at, { type: 'pay' });
      case 'cancel':
        return this.event(request.orderId, at, {
          type: 'cancel',
          by: 'buyer',
          reason: request.reason,
        });
      case 'confirmReceipt':
        return this.event(request.orderId, at, { type: 'confirmReceipt' });
      case 'withdraw':
        return this.event(request.orderId, at, { type: 'withdrawRequest' });
      case 'buyAgain': {
        const source = this.get(request.orderId, at);
        if (!source) return { kind: 'refused', refused: notFound(request.orderId) };
        if (!canBuyAgain(source, at)) {
          return {
            kind: 'refused',
            refused: {
              status: 409,
              code: 'INVALID_TRANSITION',
              detail:
                '"Buy again" is offered once an order can no longer be restored, or after a seller declined.',
            },
          };
        }
        const created = buyAgain(
          source,
          orderId(request.newOrderId),
          at,
          planShipping(request.newOrderId, this.settings.seed),
        );
        this.insert(created);
        return { kind: 'order', order: this.get(created.id, at)! };
      }
      case 'restore': {
        const results = request.items.map((item) => {
          const id = item.orderId as OrderId;
          const order = this.get(id, at);
          if (!order) return { orderId: id, ok: false as const, refused: notFound(id) };
          const kind = order.payment.state === 'paid' ? 'paid' : 'unpaid';
          if (!isReasonFor(kind, item.reason)) {
            return {
              orderId: id,
              ok: false as const,
              refused: {
                status: 400 as const,
                code: 'VALIDATION_FAILED' as const,
                detail: `That reason is not one offered for ${kind} orders.`,
              },
            };
          }
          const plannedDecision = planDecision({
            order,
            reason: item.reason,
            requestedAt: at,
            scenario: this.settings.scenario,
            seed: this.settings.seed,
          });
          const outcome = this.event(id, at, {
            type: 'requestRestore',
            reason: item.reason,
            message: request.message,
            plannedDecision,
          });
          return outcome.kind === 'order'
            ? { orderId: id, ok: true as const, order: outcome.order }
            : {
                orderId: id,
                ok: false as const,
                refused: (outcome as Extract<MutationOutcome, { kind: 'refused' }>).refused,
              };
        });
        return { kind: 'restore', results };
      }
      case 'readNotifications':
        this.markNotificationsRead(request.ids);
        return { kind: 'unread', count: () => this.unreadNotifications(at) };
      case 'readAllNotifications':
        this.markAllNotificationsRead(request.upTo, at);
        return { kind: 'unread', count: () => this.unreadNotifications(at) };
      case 'put': {
        const ids = builtOrderIds(this.settings.seed, this.appliedEntries, request.count, (id) =>
          this.orders.has(id as OrderId),
        );
        for (const id of ids) {
          this.insert(buildOrder(request.spec, id, DEMO_BUYER, at, this.context));
        }
        return { kind: 'built', ids };
      }
      default: {
        const unknown: never = request;
        throw new TypeError(`Unknown change ${JSON.stringify(unknown)}`);
      }
    }
  }
}

/** Rebuilds the database from what is stored, without blocking the page while it generates. */
export async function rebuild(
  settings: MockSettings,
  journal: readonly JournalEntry[],
): Promise<MockDb> {
  const data = await generateWithoutBlocking(settings.scenario, settings.seed, settings.resetAt);
  const db = new MockDb(settings, data);
  for (const entry of journal) db.apply(entry);
  await db.warmUp(Date.now());
  return db;
}
