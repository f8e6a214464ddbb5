/**
 * Sending one outbox entry, and what each answer does to it: an answer (success or refusal)
 * removes it, no answer at all (even after retries) leaves it queued, to be sent again later with
 * the same key. A restore request is sent batch by batch, each batch's answer recorded as it
 * arrives, so a reload resumes at the batch it had reached.
 */
import { ApiError, ContractError, NetworkError } from './client';
import type { RestoreFailureCode, RestoreItem, RestoreItemResult, SingleChange } from './changes';
import { sendIdempotent } from './idempotent';
import type {
  EntryStore,
  OutboxEntry,
  RestoreEntry,
  RestoreOutcome,
  SingleEntry,
} from './outbox-entries';
import type { Order } from '../domain/order';
import { outcomesOf } from './outbox-entries';
import { QueuedError } from './queued-error';

export type RunOutcome =
  /** Another tab is sending it right now. */
  | { readonly type: 'busy' }
  /** It is no longer in the outbox (answered elsewhere, or discarded). */
  | { readonly type: 'gone' }
  | {
      readonly type: 'single';
      readonly entry: SingleEntry;
      readonly result:
        | { readonly ok: true; readonly order: Order }
        | { readonly ok: false; readonly error: Error };
    }
  | {
      readonly type: 'restore';
      readonly entry: RestoreEntry;
      /** Every order of the request, in the order sent, including batches answered before a reload. */
      readonly results: readonly RestoreOutcome[];
    };

export type RunHooks = {
  onProgress?: (progress: { sent: number; total: number }) => void;
  /** Each batch's full answer, as it arrives (to put the orders in the cache). */
  onBatch?: (results: readonly RestoreItemResult[]) => void;
};

export type Senders = {
  sendSingle: (change: SingleChange, key: string) => Promise<Order>;
  sendBatch: (
    items: readonly RestoreItem[],
    message: string,
    key: string,
  ) => Promise<RestoreItemResult[]>;
};

/** What sending needs: the requests, and the store to record their answers in. */
type SendContext = Senders & Pick<EntryStore, 'update' | 'remove'>;

/** No answer at all, or a 5xx (which the server promises it did not store): worth sending again. */
function noAnswer(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

function failureOf(error: unknown): { code: RestoreFailureCode; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.problem.detail };
  if (error instanceof NetworkError) return { code: 'NETWORK', message: error.message };
  if (error instanceof ContractError) return { code: 'VALIDATION_FAILED', message: error.message };
  return { code: 'NETWORK', message: 'The request failed.' };
}

async function sendSingleEntry(entry: SingleEntry, context: SendContext): Promise<RunOutcome> {
  try {
    const order = await sendIdempotent((key) => context.sendSingle(entry.change, key), entry.key);
    context.remove(entry.id);
    return { type: 'single', entry, result: { ok: true, order } };
  } catch (error) {
    if (noAnswer(error)) {
      context.update(entry, { state: 'queued' });
      return {
        type: 'single',
        entry,
        result: { ok: false, error: new QueuedError({ cause: error }) },
      };
    }
    context.remove(entry.id);
    return {
      type: 'single',
      entry,
      result: { ok: false, error: error instanceof Error ? error : new Error(String(error)) },
    };
  }
}

async function sendRestoreEntry(
  start: RestoreEntry,
  hooks: RunHooks,
  context: SendContext,
): Promise<RunOutcome> {
  let entry = start;
  const total = entry.batches.reduce((sum, batch) => sum + batch.items.length, 0);
  const answered = () =>
    entry.batches.reduce((sum, batch) => sum + (batch.results ? batch.items.length : 0), 0);
  hooks.onProgress?.({ sent: answered(), total });
  let anyQueued = false;
  for (const [index, batch] of entry.batches.entries()) {
    if (batch.results !== null) continue;
    let results: RestoreOutcome[] | null;
    try {
      const full = await sendIdempotent(
        (key) => context.sendBatch(batch.items, entry.message, key),
        batch.key,
      );
      hooks.onBatch?.(full);
      results = full.map((result) =>
        result.ok
          ? { orderId: result.orderId, status: 'sent' as const }
          : {
              orderId: result.orderId,
              status: 'failed' as const,
              code: result.code,
              message: result.message,
            },
      );
    } catch (error) {
      if (noAnswer(error)) {
        // Left unanswered: it is sent again later with the same key.
        anyQueued = true;
        results = null;
      } else {
        const failure = failureOf(error);
        results = batch.items.map((item) => ({
          orderId: item.orderId,
          status: 'failed' as const,
          ...failure,
        }));
      }
    }
    if (results) {
      const batches = entry.batches.map((candidate, at) =>
        at === index ? { ...candidate, results } : candidate,
      );
      entry = context.update(entry, { batches });
    }
    hooks.onProgress?.({ sent: answered(), total });
  }
  const outcomes = outcomesOf(entry);
  if (anyQueued) context.update(entry, { state: 'queued' });
  else context.remove(entry.id);
  return { type: 'restore', entry, results: outcomes };
}

/** Sends what is still unanswered of `entry` (the caller holds its lock) and records the answers. */
export function sendEntry(
  entry: OutboxEntry,
  hooks: RunHooks,
  context: SendContext,
): Promise<RunOutcome> {
  return entry.type === 'single'
    ? sendSingleEntry(entry, context)
    : sendRestoreEntry(entry, hooks, context);
}
