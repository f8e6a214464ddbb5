import type { ProblemCode } from '../../api/contract';

/** Why an order was not restored, in a few words for the summary lines. */
export const OUTCOME_WORDS: Readonly<Record<ProblemCode | 'NETWORK', string>> = {
  ALREADY_REQUESTED: 'already requested',
  RESTORE_WINDOW_CLOSED: 'restore window closed',
  REFUND_COMPLETED: 'refund already completed',
  INVALID_TRANSITION: 'no longer cancelled',
  NOT_FOUND: 'order not found',
  VALIDATION_FAILED: 'not accepted',
  IDEMPOTENCY_KEY_REQUIRED: 'not accepted',
  IDEMPOTENCY_KEY_REUSED: 'not accepted',
  SERVICE_UNAVAILABLE: 'the service was busy',
  NETWORK: 'no answer from the server',
};
