/** A change that got no answer (even after retries): it stays in the outbox and is sent again. */
export class QueuedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('No answer from the server yet: the change is queued and will be sent again.', options);
    this.name = 'QueuedError';
  }
}
