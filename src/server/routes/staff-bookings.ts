import { Type } from 'typebox';
import { attendanceOpen, isAttendance } from '../../domain/attendance.js';
import { referenceSpellings } from '../../domain/reference-code.js';
import { BookingStatusSchema, type InboxQuery, InboxQuerySchema } from '../../domain/schemas/booking.js';
import { DateString, RowIdParams as IdParam } from '../../domain/schemas/common.js';
import { addDays, libraryLocal } from '../../domain/slot-rules.js';
import type { App } from '../app.js';
import { bookingsCsv } from '../help/bookings-csv.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';
import type { InboxFilter } from '../repositories/booking-repository.js';

const notFound = { type: PROBLEM.notFound, title: 'No such request', status: 404 };
const full = {
  type: PROBLEM.sessionFull,
  title: 'That session is full',
  status: 409,
  detail: 'Choose another time, or cancel a request there first',
};

/** The helpers' inbox: visitors' requests, what helpers do with them, an export and anonymous counts. */
export async function staffBookingRoutes(app: App): Promise<void> {
  const helpers = staffOnly('helper', 'admin');
  const actorOf = (request: { staffUser: { id: number; username: string } | null }) =>
    request.staffUser ?? { id: null, username: 'unknown' };
  const filterOf = ({ reference, ...q }: InboxQuery): InboxFilter => ({
    ...q,
    followUp: q.followUp === 'true',
    // Today and coming days, unless asked otherwise; a code the visitor shows is looked for on every day.
    from: q.from ?? (reference ? undefined : libraryLocal(app.now()).slice(0, 10)),
    ...(reference ? { references: referenceSpellings(reference) } : {}),
  });

  app.get('/api/staff/bookings', { config: helpers, schema: { querystring: InboxQuerySchema } }, async (request) => ({
    bookings: await app.bookings.list(filterOf(request.query)),
  }));

  app.get(
    '/api/staff/bookings.csv',
    { config: helpers, schema: { querystring: InboxQuerySchema } },
    async (request, reply) => {
      const bookings = await app.bookings.list(filterOf(request.query));
      await app.staff.audit({
        actor: actorOf(request),
        action: 'export-requests',
        target: 'bookings',
        beforeId: null,
        afterId: String(bookings.length),
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="help-requests.csv"')
        .header('cache-control', 'no-store')
        .send(bookingsCsv(bookings));
    },
  );

  app.post(
    '/api/staff/bookings/:id/status',
    {
      config: helpers,
      schema: { params: IdParam, body: Type.Object({ status: BookingStatusSchema }, { additionalProperties: false }) },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const before = await app.bookings.get(id);
      if (!before) return sendProblem(reply, notFound);
      const status = request.body.status;
      // Whether a visitor came is known only once their session has begun.
      if (isAttendance(status) && before.slotId && !attendanceOpen(before, libraryLocal(app.now())))
        return sendProblem(reply, {
          type: PROBLEM.sessionNotStarted,
          title: 'The session has not started yet',
          status: 409,
          detail: `Attended and no-show can be set from ${before.date} ${before.start}`,
        });
      const looked = before.slotId ? await app.slots.lookup(before.slotId, new Date(0)) : null;
      const slot = looked && 'slot' in looked ? looked.slot : null;
      const result = await app.bookings.setStatus(id, status, slot);
      if (result === 'full') return sendProblem(reply, full);
      if (result === 'no-session')
        return sendFieldProblem(reply, 'body/status', 'The request has no session yet: move it to one first');
      if (!result) return sendProblem(reply, notFound);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'set-request-status',
        target: `booking/${id}`,
        beforeId: before.status,
        afterId: status,
      });
      return result;
    },
  );

  app.post(
    '/api/staff/bookings/:id/move',
    {
      config: helpers,
      schema: {
        params: IdParam,
        body: Type.Object({ slotId: Type.String({ maxLength: 40 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const before = await app.bookings.get(id);
      if (!before) return sendProblem(reply, notFound);
      const found = await app.slots.lookup(request.body.slotId, app.now());
      if ('problem' in found) return sendFieldProblem(reply, 'body/slotId', 'No such bookable time');
      if (found.slot.branchId !== before.branchId)
        return sendFieldProblem(reply, 'body/slotId', 'That time is at another branch');
      const moved = await app.bookings.move(id, found.slot);
      if (moved === 'full') return sendProblem(reply, full);
      if (!moved) return sendProblem(reply, notFound);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'move-request',
        target: `booking/${id}`,
        beforeId: before.slotId,
        afterId: found.slot.id,
      });
      return moved;
    },
  );

  app.get(
    '/api/staff/bookings/counts',
    {
      config: helpers,
      schema: { querystring: Type.Object({ from: Type.Optional(DateString), to: Type.Optional(DateString) }) },
    },
    async (request) => {
      const today = libraryLocal(app.now()).slice(0, 10);
      return {
        counts: await app.bookings.counts(
          request.query.from ?? addDays(today, -90),
          request.query.to ?? addDays(today, 60),
        ),
      };
    },
  );

  app.get('/api/staff/retention', { config: helpers }, async () => ({ days: app.personalDataDays }));
}
