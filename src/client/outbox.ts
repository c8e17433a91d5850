import type { BookingAnswer, BookingRequest } from '../domain/help.js';

/** A request as the kiosk holds it right after the visitor sent it. */
export interface QueuedRequest {
  /** The UUID that travels as the Idempotency-Key. */
  key: string;
  /** The short code shown to the visitor (same as the server will give). */
  reference: string;
}

/**
 * Told whenever an outbox entry changes: `answer` is set once the server has acknowledged the
 * request (its personal data is then already gone from the tablet), `state` says where it is.
 */
export type OutboxListener = (change: {
  key: string;
  state: 'queued' | 'sent' | 'rejected';
  answer: BookingAnswer | null;
}) => void;

/** Writes the request to IndexedDB (before any network use), then tries to send it. */
export async function enqueueRequest(_request: BookingRequest): Promise<QueuedRequest> {
  throw new Error('outbox: being implemented');
}

/** Listens for outbox changes; returns the function that stops listening. */
export function onOutboxChange(_listener: OutboxListener): () => void {
  return () => undefined;
}

/** How many requests wait on this tablet to be sent (no personal data is read). */
export async function pendingRequestCount(): Promise<number> {
  return 0;
}
