import { ApiError, ContractError, NetworkError } from '../api/client';
import { QueuedError } from '../api/outbox-send';

/** An error in words a buyer can act on. */
export function errorMessage(error: unknown): string {
  if (error instanceof QueuedError) {
    return 'There was no answer from the server yet, so the change is queued and will be sent again automatically.';
  }
  if (error instanceof NetworkError) {
    return error.offline
      ? "You're offline. Check your connection and try again."
      : "Can't reach the server. Try again in a moment.";
  }
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  if (error instanceof ContractError)
    return 'The server sent an answer this app does not understand.';
  return 'Something went wrong. Try again.';
}
