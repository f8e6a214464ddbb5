/**
 * What an answer's problem `code` means to the buyer (the answer's own `title` and `detail` are
 * English for developers: the UI writes its sentence from the code, in the buyer's language).
 */
import { t } from '@lingui/core/macro';
import { isRefusalCode, type RefusalCode } from '../../domain/restore-rules';
import { refusalSentence } from './refusal-words';

/** The problem codes of the contract (src/api/contract.ts lists the same; the type keeps them equal). */
export type ProblemCodeWordsKey =
  | RefusalCode
  | 'VALIDATION_FAILED'
  | 'IDEMPOTENCY_KEY_REQUIRED'
  | 'NOT_FOUND'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'SERVICE_UNAVAILABLE';

export function problemSentence(code: ProblemCodeWordsKey): string {
  if (isRefusalCode(code)) {
    return code === 'INVALID_TRANSITION'
      ? t`This is no longer possible for this order: it has changed in the meantime. Reload to see it as it is now.`
      : refusalSentence(code);
  }
  switch (code) {
    case 'VALIDATION_FAILED':
      return t`The server did not accept what was sent. Check what you wrote and try again.`;
    case 'IDEMPOTENCY_KEY_REQUIRED':
    case 'IDEMPOTENCY_KEY_REUSED':
      return t`The server could not tell this change from another one. Try again.`;
    case 'NOT_FOUND':
      return t`This order was not found. It may not be yours, or its number may be wrong.`;
    case 'SERVICE_UNAVAILABLE':
      return t`The service is busy. Try again in a moment.`;
  }
}
