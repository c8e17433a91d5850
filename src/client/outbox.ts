import { type BookingAnswer, type BookingRequest, referenceFor } from '../domain/help.js';
import { kioskDb, type OutboxEntry } from './db.js';
import { readDeviceToken } from './device.js';
import { noteRevoked } from './revoked-answer.js';
import { withLockIfFree } from './web-lock.js';

/** A request as the kiosk holds it right after the visitor sent it. */
export interface QueuedRequest {
  /** The UUID that travels as the Idempotency-Key. */
  key: string;
  /** The short code shown to the visitor (the server arrives at the same one). */
  reference: string;
}

export interface OutboxChange {
  key: string;
  state: 'queued' | 'sent' | 'rejected';
  /** Set once the server acknowledged the request; its personal data is then gone from the tablet. */
  answer: BookingAnswer | null;
}

/** Told whenever an outbox entry changes, in this context or another (page or service worker). */
export type OutboxListener = (change: OutboxChange) => void;

/** How the outbox reaches the server; tests pass their own fetch, clock and dice. */
export interface OutboxOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
  now?: () => number;
  random?: () => number;
  /** Milliseconds before an unanswered request is given up for this try. */
  timeoutMs?: number;
  /**
   * Send every queued request, not only those whose backoff is over: the network just came back,
   * the tablet woke, the app started. The backoff is for retrying blindly, not for ignoring news.
   */
  ignoreBackoff?: boolean;
}

export interface FlushResult {
  sent: number;
  remaining: number;
  /** When the next entry is due, if any wait. */
  nextAttemptAt: number | null;
}

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
const CHANNEL = 'servicepunkt-outbox';

const listeners = new Set<OutboxListener>();
let channel: BroadcastChannel | undefined;

function broadcastChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<OutboxChange>) => {
    for (const listener of listeners) listener(event.data);
  };
  // Node (tests) would otherwise stay alive for the channel.
  (channel as unknown as { unref?: () => void }).unref?.();
  return channel;
}

/** Tells listeners here and in every other context of this origin. No personal data travels. */
function announce(change: OutboxChange): void {
  for (const listener of listeners) listener(change);
  broadcastChannel()?.postMessage(change);
}

/** Listens for outbox changes; returns the function that stops listening. */
export function onOutboxChange(listener: OutboxListener): () => void {
  broadcastChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Version-4 UUID from random bytes, where randomUUID is missing.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Writes the request to IndexedDB, before any network use, so it survives a reload, a crash or
 * an idle reset; the caller then triggers a flush. Resolves once it is safely stored.
 */
export async function enqueueRequest(request: BookingRequest, options: OutboxOptions = {}): Promise<QueuedRequest> {
  const key = newKey();
  const now = (options.now ?? Date.now)();
  const entry: OutboxEntry = {
    key,
    body: request,
    queuedAt: now,
    attempts: 0,
    nextAttemptAt: now,
    state: 'queued',
    lastError: null,
  };
  await (await kioskDb()).put('outbox', entry);
  announce({ key, state: 'queued', answer: null });
  return { key, reference: referenceFor(key) };
}

/** How many requests wait on this tablet to be sent. Reads keys only, never personal data. */
export async function pendingRequestCount(): Promise<number> {
  return (await kioskDb()).count('outbox');
}

/**
 * How many requests wait to be sent and how many the server refused, for the heartbeat. Only the
 * counts leave this function; no personal data does.
 */
export async function outboxCounts(): Promise<{ pending: number; rejected: number }> {
  const entries = await (await kioskDb()).getAll('outbox');
  const rejected = entries.filter((e) => e.state === 'rejected').length;
  return { pending: entries.length - rejected, rejected };
}

/** The wait before the next try: exponential, capped, with jitter so forty kiosks don't retry in step. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.5 + random()));
}

type Outcome =
  | { kind: 'sent'; answer: BookingAnswer }
  | { kind: 'retry'; error: string; soon?: boolean }
  | { kind: 'times-refused'; error: string }
  | { kind: 'rejected'; error: string };

/** Sends one entry once and says what became of it. Never throws. */
async function sendOnce(entry: OutboxEntry, token: string, options: OutboxOptions): Promise<Outcome> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl ?? ''}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': entry.key },
      body: JSON.stringify(entry.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    return { kind: 'retry', error: `network: ${(error as Error).name}` };
  }
  if (response.status === 200 || response.status === 201) {
    try {
      return { kind: 'sent', answer: (await response.json()) as BookingAnswer };
    } catch {
      return { kind: 'retry', error: 'answer cut off' };
    }
  }
  // 409: the same request is being handled right now (an earlier try); ask again shortly.
  if (response.status === 409) return { kind: 'retry', error: 'in flight', soon: true };
  if (response.status === 400) {
    const problem = (await response.json().catch(() => ({}))) as { field?: string };
    if (problem.field?.startsWith('body/slots') && entry.body.slots.length > 0) {
      return { kind: 'times-refused', error: `times refused: ${problem.field}` };
    }
  }
  // 401: this tablet's token is wrong, missing or revoked on the server; keep trying, staff can fix
  // it (a revoked tablet says so to staff, and sends its queue once it is enrolled again).
  await noteRevoked(response);
  if (response.status === 401 || response.status === 429 || response.status >= 500) {
    return { kind: 'retry', error: `HTTP ${response.status}` };
  }
  return { kind: 'rejected', error: `HTTP ${response.status}` };
}

let flushing: Promise<FlushResult> | undefined;

/**
 * Sends every queued request that is due, one at a time, each under a Web Lock so the page and
 * the service worker never send the same entry at once. An acknowledged request is deleted
 * (with its personal data) in the same step that records the answer. Single-flight per context.
 */
export function flushOutbox(options: OutboxOptions = {}): Promise<FlushResult> {
  flushing ??= flushDue(options).finally(() => {
    flushing = undefined;
  });
  return flushing;
}

async function flushDue(options: OutboxOptions): Promise<FlushResult> {
  const now = options.now ?? Date.now;
  const db = await kioskDb();
  const token = await readDeviceToken();
  let sent = 0;
  if (token) {
    const due = (await db.getAll('outbox')).filter(
      (e) => e.state === 'queued' && (options.ignoreBackoff || e.nextAttemptAt <= now()),
    );
    for (const { key } of due) {
      const done = await withLockIfFree(`servicepunkt-outbox:${key}`, () => flushEntry(key, token, options));
      if (done) sent++;
    }
  }
  const left = (await db.getAll('outbox')).filter((e) => e.state === 'queued');
  return {
    sent,
    remaining: left.length,
    nextAttemptAt: left.length ? Math.min(...left.map((e) => e.nextAttemptAt)) : null,
  };
}

/** Sends one entry under its lock; true when the server acknowledged it. */
async function flushEntry(key: string, token: string, options: OutboxOptions): Promise<boolean> {
  const now = options.now ?? Date.now;
  const db = await kioskDb();
  // Read again under the lock: another context may have sent it since the list was made.
  const entry = await db.get('outbox', key);
  if (entry?.state !== 'queued') return false;
  const outcome = await sendOnce(entry, token, options);
  switch (outcome.kind) {
    case 'sent':
      await db.delete('outbox', key);
      announce({ key, state: 'sent', answer: outcome.answer });
      return true;
    case 'times-refused':
      // The server stored nothing, so the key is free: the same request (and reference) goes again
      // as "any time", for staff to follow up, rather than being lost.
      await db.put('outbox', {
        ...entry,
        body: { ...entry.body, slots: [], anyTime: true },
        nextAttemptAt: now(),
        lastError: outcome.error,
      });
      return flushEntry(key, token, options);
    case 'rejected':
      await db.put('outbox', { ...entry, state: 'rejected', lastError: outcome.error });
      announce({ key, state: 'rejected', answer: null });
      return false;
    case 'retry': {
      const attempts = entry.attempts + 1;
      const delay = outcome.soon
        ? 500 + (options.random ?? Math.random)() * 1000
        : backoffDelay(attempts, options.random);
      await db.put('outbox', { ...entry, attempts, nextAttemptAt: now() + delay, lastError: outcome.error });
      return false;
    }
  }
}
