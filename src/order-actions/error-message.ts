import { t } from '@lingui/core/macro';
import { ApiError, ContractError, NetworkError } from '../api/client';
import type { ProblemCode } from '../api/contract';
import { QueuedError } from '../api/queued-error';
import { problemSentence, type ProblemCodeWordsKey } from '../i18n/words/problem-words';

// Every problem code of the contract has its sentence (a code added to the contract fails here).
const problemCodeHasWords = (code: ProblemCode): ProblemCodeWordsKey => code;

/** An error in words a buyer can act on, in the buyer's language (from its code, never its English detail). */
export function errorMessage(error: unknown): string {
  if (error instanceof QueuedError) {
    return t`There was no answer from the server yet, so the change is queued and will be sent again automatically.`;
  }
  if (error instanceof NetworkError) {
    return error.offline
      ? t`You're offline. Check your connection and try again.`
      : t`Can't reach the server. Try again in a moment.`;
  }
  if (error instanceof ApiError) return problemSentence(problemCodeHasWords(error.code));
  if (error instanceof ContractError)
    return t`The server sent an answer this app does not understand.`;
  return t`Something went wrong. Try again.`;
}
