import { ApiError, ContractError, NetworkError } from '../api/client';

/** An error in words a buyer can act on. */
export function errorMessage(error: unknown): string {
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
