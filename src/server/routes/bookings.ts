import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

import { type BookingRequest, bookingProblem, referenceFor } from '../../domain/help.js';
import { LANGUAGES } from '../../domain/languages.js';
import { reminderChannelFor } from '../../domain/reminder-channels.js';
import { BookingRequestSchema } from '../../domain/schemas/booking.js';
import { libraryLocal } from '../../domain/slot-rules.js';
import type { App } from '../app.js';
import { etagMatches } from '../etag.js';
import { KIOSK_ONLY } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';
import type { Candidate } from '../repositories/booking-repository.js';
import type { Claim } from '../repositories/idempotency-repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const languageCodes = new Set(LANGUAGES.map((l) => l.code));

/** The same request always hashes the same, whatever order its fields came in. */
function requestHash(body: BookingRequest): string {
  const sorted = Object.fromEntries(Object.entries(body).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

type Checked =
  | { branchId: string; candidates: Candidate[]; firstChoiceOpen: boolean }
  | { field: string; detail: string };

/** The checks that need the database and the clock; a problem names the field. */
async function check(app: App, body: BookingRequest, now: Date, kioskBranch: string | null): Promise<Checked> {
  const rule = bookingProblem(body);
  if (rule) return rule;
  if (!languageCodes.has(body.language))
    return { field: 'body/language', detail: `"${body.language}" is not a language the kiosk offers` };
  if (body.branchId !== null && !(await app.times.branch(body.branchId))) {
    return { field: 'body/branchId', detail: 'No such branch' };
  }
  // A kiosk without times yet sends no library: the request waits for staff at the kiosk's own
  // branch (an enrolled kiosk) or the first one (the shared token of older installations).
  const branchId = body.branchId ?? kioskBranch ?? (await app.times.branches())[0]?.id;
  if (!branchId) return { field: 'body/branchId', detail: 'No library is set up on the server yet' };
  const stated = new Date(body.createdAt);
  if (Number.isNaN(stated.getTime())) return { field: 'body/createdAt', detail: 'Not a date and time' };
  // A tablet's clock may run fast: a request is never refused for it (the visitor's request would
  // be lost), it is taken as made now. A slow clock only makes a passed time look open, and the
  // request then goes to the next time or to staff.
  const created = stated.getTime() > now.getTime() ? now : stated;
  const madeAt = libraryLocal(created);
  const nowLocal = libraryLocal(now);
  const candidates: Candidate[] = [];
  let firstChoiceOpen = false;
  for (const [i, id] of body.slots.entries()) {
    const found = await app.slots.lookup(id, now);
    const field = `body/slots/${i}`;
    if ('problem' in found) {
      const detail = {
        unknown: 'No such time',
        'not-bookable': 'Drop-in hours need no request',
        'too-far': 'Too far ahead',
      };
      return { field, detail: detail[found.problem] };
    }
    if (found.slot.branchId !== body.branchId) return { field, detail: 'That time is at another branch' };
    const starts = `${found.slot.date}T${found.slot.start}`;
    if (starts <= madeAt) return { field, detail: 'That time had passed when the request was made' };
    // A queued request may arrive after its time: it is not refused, it goes to the next time or to staff.
    if (starts > nowLocal) {
      if (i === 0) firstChoiceOpen = true;
      candidates.push(found.slot);
    }
  }
  return { branchId, candidates, firstChoiceOpen };
}

/** The answer for a key seen before: its stored answer, or why the work is not done again. */
function answerKnown(reply: FastifyReply, known: Exclude<Claim, { kind: 'new' }>) {
  if (known.kind === 'replay') {
    return reply.code(known.status).header('idempotent-replayed', 'true').type('application/json').send(known.body);
  }
  if (known.kind === 'mismatch') {
    return sendProblem(reply, {
      type: PROBLEM.idempotencyKeyReused,
      title: 'Idempotency-Key used for another request',
      status: 422,
      detail: 'A key belongs to one request; make a new key for a new request',
    });
  }
  reply.header('retry-after', '1');
  return sendProblem(reply, {
    type: PROBLEM.requestInFlight,
    title: 'This request is still being handled',
    status: 409,
    detail: 'Try again in a moment; the answer will be the same',
  });
}

/**
 * Visitors' help-session requests from kiosks. Exactly once: the kiosk sends a UUID as the
 * Idempotency-Key, the key and first answer are stored with the booking in one transaction and replayed
 * for every retry. A taken time is not an error; the answer says where the request went.
 */
export async function bookingRoutes(app: App): Promise<void> {
  app.post(
    '/api/bookings',
    { config: KIOSK_ONLY, schema: { body: BookingRequestSchema }, bodyLimit: 8192 },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || !UUID.test(key)) {
        return sendProblem(reply, {
          type: PROBLEM.idempotencyKeyMissing,
          title: 'Idempotency-Key needed',
          status: 400,
          field: 'headers/idempotency-key',
          detail: 'Send a UUID made when the request was made, the same on every retry',
        });
      }
      const body = request.body;
      const now = new Date();
      const hash = requestHash(body);
      const id = key.toLowerCase();
      // Nothing is written until the work is done: the key is stored with the booking, in one commit.
      const known = await app.idempotency.lookup(id, hash, now);
      if (known.kind !== 'new') return answerKnown(reply, known);
      const checked = await check(app, body, now, request.kiosk?.branchId ?? null);
      if ('field' in checked) return sendFieldProblem(reply, checked.field, checked.detail);
      // Consent is kept only for a reminder this server can send, so nobody (staff, the reminder
      // job) takes a request for reminded that never will be.
      const consent = body.consent && reminderChannelFor(body, app.kioskConfig.reminderChannels) !== null;
      const answer = await app.bookings.place({
        key: id,
        requestHash: hash,
        reference: referenceFor(key),
        request: { ...body, consent },
        branchId: checked.branchId,
        candidates: checked.candidates,
        firstChoiceOpen: checked.firstChoiceOpen,
        receivedAt: now,
        today: libraryLocal(now).slice(0, 10),
      });
      if (answer !== 'taken') return reply.code(201).send(answer);
      // A retry raced the original with the same key, and the original committed first.
      const raced = await app.idempotency.lookup(id, hash, now);
      if (raced.kind === 'new') throw new Error('an idempotency key was taken but is not stored');
      return answerKnown(reply, raced);
    },
  );

  app.get('/api/kiosk/slots', { config: KIOSK_ONLY }, async (request, reply) => {
    const feed = await app.slots.feed(new Date());
    // The ETag covers what kiosks show, not the time it was made, so an unchanged feed is a 304.
    const { generatedAt: _, ...shown } = feed;
    const etag = `"${createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    // Compared weakly: a compressed feed goes out with the weak form of the tag (plugins/compression.ts).
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return feed;
  });
}
