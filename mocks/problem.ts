import { HttpResponse } from 'msw';
import type { Problem, ProblemCode } from '../src/api/contract';
import { REFUSAL_TITLES } from '../src/domain/refusal-details';
import { isRefusalCode, type RefusalCode } from '../src/domain/restore-rules';

/** Titles of the problems that are not refusals (those have theirs in `REFUSAL_TITLES`). */
const TITLES: Record<Exclude<ProblemCode, RefusalCode>, string> = {
  VALIDATION_FAILED: 'Your request was not valid',
  IDEMPOTENCY_KEY_REQUIRED: 'Idempotency-Key header required',
  NOT_FOUND: 'Order not found',
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
    title: isRefusalCode(code) ? REFUSAL_TITLES[code] : TITLES[code],
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
