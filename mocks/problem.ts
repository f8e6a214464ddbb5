import { HttpResponse } from 'msw';
import type { Problem, ProblemCode } from '../src/api/contract';

const TITLES: Record<ProblemCode, string> = {
  VALIDATION_FAILED: 'Your request was not valid',
  IDEMPOTENCY_KEY_REQUIRED: 'Idempotency-Key header required',
  NOT_FOUND: 'Order not found',
  ALREADY_REQUESTED: 'Restoration already requested',
  RESTORE_WINDOW_CLOSED: 'Restore window closed',
  REFUND_COMPLETED: 'Refund already completed',
  INVALID_TRANSITION: 'Not possible for this order now',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency-Key reused with another request',
  SERVICE_UNAVAILABLE: 'Service unavailable',
};

export function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  errors?: Problem['errors'],
): Problem {
  return {
    type: `https://order-restore.example/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[code],
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

export function problemResponse(value: Problem): HttpResponse<Problem> {
  return HttpResponse.json(value, {
    status: value.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
