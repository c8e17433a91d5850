import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeKioskDb, kioskDb } from '../../src/client/db.js';
import { isRevoked, saveDeviceToken } from '../../src/client/device.js';
import {
  backoffDelay,
  enqueueRequest,
  flushOutbox,
  type OutboxChange,
  onOutboxChange,
  outboxCounts,
} from '../../src/client/outbox.js';
import { KIOSK_REVOKED } from '../../src/client/revoked-answer.js';
import { type BookingAnswer, referenceFor } from '../../src/domain/help.js';
import { PROBLEM } from '../../src/server/plugins/problem.js';
import { addSession, bookingBody, storedCounts } from '../helpers/bookings.js';
import { injectFetch, testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let fetch: typeof globalThis.fetch;
let clock: number;
const now = () => clock;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  server = await testServer();
  fetch = injectFetch(server.app);
  clock = Date.now();
  await saveDeviceToken(server.kioskToken);
});
afterEach(async () => {
  await closeKioskDb();
  await server.close();
});

const offline: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
const outboxKeys = async () => (await kioskDb()).getAllKeys('outbox');

describe('outbox', () => {
  it('stores the request before any network use, sends it, and deletes it once acknowledged', async () => {
    const slot = await addSession(server);
    const changes: OutboxChange[] = [];
    const stop = onOutboxChange((c) => changes.push(c));
    const queued = await enqueueRequest(bookingBody([slot]), { now });
    expect(queued.reference).toBe(referenceFor(queued.key));
    expect(await outboxKeys()).toEqual([queued.key]);
    expect((await storedCounts(server)).bookings).toBe(0);

    const result = await flushOutbox({ fetch, now });
    expect(result).toEqual({ sent: 1, remaining: 0, nextAttemptAt: null });
    expect(await outboxKeys()).toEqual([]);
    const sent = changes.find((c) => c.state === 'sent');
    expect(sent?.answer).toMatchObject({
      reference: queued.reference,
      outcome: 'confirmed',
    } satisfies Partial<BookingAnswer>);
    stop();
  });

  it('keeps a request through failures, backing off with jitter, and sends it once the network is back', async () => {
    const slot = await addSession(server);
    await enqueueRequest(bookingBody([slot]), { now });
    const first = await flushOutbox({ fetch: offline, now, random: () => 0.5 });
    expect(first).toMatchObject({ sent: 0, remaining: 1, nextAttemptAt: clock + 2000 });
    // Not due yet: nothing is tried.
    expect((await flushOutbox({ fetch, now })).sent).toBe(0);
    clock += 2000;
    const second = await flushOutbox({ fetch: offline, now, random: () => 0.5 });
    expect(second.nextAttemptAt).toBe(clock + 4000);
    clock += 4000;
    expect((await flushOutbox({ fetch, now })).sent).toBe(1);
    expect((await storedCounts(server)).bookings).toBe(1);
  });

  it('sends at once when the network comes back, whatever the backoff had still to wait', async () => {
    const slot = await addSession(server);
    await enqueueRequest(bookingBody([slot]), { now });
    for (let i = 0; i < 8; i++) {
      clock += 10 * 60_000;
      await flushOutbox({ fetch: offline, now });
    }
    // Several minutes of backoff are left: the timer waits, news of the network does not.
    expect((await flushOutbox({ fetch, now })).sent).toBe(0);
    expect((await flushOutbox({ fetch, now, ignoreBackoff: true })).sent).toBe(1);
  });

  it('waits without end for a server error to pass, never dropping the request', async () => {
    const slot = await addSession(server);
    await enqueueRequest(bookingBody([slot]), { now });
    const broken: typeof globalThis.fetch = async () => new Response('', { status: 503 });
    for (let i = 0; i < 12; i++) {
      clock += 10 * 60_000;
      await flushOutbox({ fetch: broken, now });
    }
    expect(await outboxKeys()).toHaveLength(1);
    clock += 10 * 60_000;
    expect((await flushOutbox({ fetch, now })).sent).toBe(1);
  });

  it('sends a request whose times the server refuses again as "any time", with the same reference', async () => {
    const slot = await addSession(server);
    await server.app.times.deletePattern(Number(slot.split('@')[0])); // staff removed the session meanwhile
    const queued = await enqueueRequest(bookingBody([slot]), { now });
    const changes: OutboxChange[] = [];
    const stop = onOutboxChange((c) => changes.push(c));
    expect((await flushOutbox({ fetch, now })).sent).toBe(1);
    expect(changes.find((c) => c.state === 'sent')?.answer).toMatchObject({
      reference: queued.reference,
      outcome: 'waiting',
    });
    const [stored] = await server.app.bookings.list({ from: '2000-01-01' });
    expect(stored).toMatchObject({ reference: queued.reference, anyTime: true, followUp: true });
    stop();
  });

  it('keeps a request the server refuses as malformed, marked so, and never sends it again', async () => {
    const slot = await addSession(server);
    await enqueueRequest(bookingBody([slot], { language: 'xx' }), { now });
    expect((await flushOutbox({ fetch, now })).remaining).toBe(0);
    const [entry] = await (await kioskDb()).getAll('outbox');
    expect(entry).toMatchObject({ state: 'rejected', lastError: 'HTTP 400' });
  });

  it('does not send while the tablet has no kiosk token, and keeps the request', async () => {
    await (await kioskDb()).delete('device', 'token');
    await enqueueRequest(bookingBody([], { anyTime: true }), { now });
    expect(await flushOutbox({ fetch, now })).toMatchObject({ sent: 0, remaining: 1 });
  });

  it('marks the tablet revoked on a "kiosk revoked" answer, and keeps the request and its retries', async () => {
    await enqueueRequest(bookingBody([], { anyTime: true }), { now });
    const refused =
      (type: string): typeof globalThis.fetch =>
      async () =>
        new Response(JSON.stringify({ type, title: 'Unauthorized', status: 401 }), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        });
    await flushOutbox({ fetch: refused('/problems/unauthorized'), now });
    expect(await isRevoked()).toBe(false); // a plain 401 (a wrong shared token) is not a revocation

    await flushOutbox({ fetch: refused(PROBLEM.kioskRevoked), now, ignoreBackoff: true });
    expect(await isRevoked()).toBe(true);
    const [entry] = await (await kioskDb()).getAll('outbox');
    expect(entry).toMatchObject({ state: 'queued', attempts: 2, lastError: 'HTTP 401' });
    expect(entry?.nextAttemptAt).toBeGreaterThan(clock);
  });

  it('knows the server\'s "kiosk revoked" problem type', () => {
    expect(KIOSK_REVOKED).toBe(PROBLEM.kioskRevoked);
  });

  it('counts pending and rejected requests for the heartbeat', async () => {
    const slot = await addSession(server);
    await enqueueRequest(bookingBody([slot], { language: 'xx' }), { now });
    await flushOutbox({ fetch, now }); // refused as malformed
    await enqueueRequest(bookingBody([], { anyTime: true }), { now });
    await enqueueRequest(bookingBody([], { anyTime: true }), { now });
    expect(await outboxCounts()).toEqual({ pending: 2, rejected: 1 });
  });

  it('grows the backoff to a cap of five minutes, jittered by half either way', () => {
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(3, () => 0.5)).toBe(8000);
    expect(backoffDelay(30, () => 0.999)).toBeLessThanOrEqual(450_000);
    expect(backoffDelay(30, () => 0)).toBe(150_000);
  });
});
