import { Type } from 'typebox';
import type { BookingStatus } from '../../domain/help.js';
import { addDays, libraryLocal } from '../../domain/slot-rules.js';
import type { App } from '../app.js';
import { bookingsCsv } from '../help/bookings-csv.js';
import { DateString } from '../help/times-schema.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';
import type { InboxFilter } from '../repositories/booking-repository.js';

const Status = Type.Union(['confirmed', 'waiting', 'cancelled', 'attended', 'no-show'].map((s) => Type.Literal(s)));
const Filter = Type.Object(
  {
    from: Type.Optional(DateString),
    to: Type.Optional(DateString),
    branch: Type.Optional(Type.String({ maxLength: 60 })),
    language: Type.Optional(Type.String({ maxLength: 20 })),
    topic: Type.Optional(Type.String({ maxLength: 80 })),
    status: Type.Optional(Status),
    followUp: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  },
  { additionalProperties: false },
);
// At most nine digits: PostgreSQL's integer ids stop at 2^31 - 1, and a larger number fails the query.
const IdParam = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }) });
const notFound = { type: PROBLEM.notFound, title: 'No such request', status: 404 };
const full = {
  type: PROBLEM.sessionFull,
  title: 'That session is full',
  status: 409,
  detail: 'Choose another time, or cancel a request there first',
};

interface FilterQuery extends Omit<InboxFilter, 'followUp' | 'status'> {
  status?: string;
  followUp?: 'true' | 'false';
}

/** The helpers' inbox: visitors' requests, what helpers do with them, an export and anonymous counts. */
export async function staffBookingRoutes(app: App): Promise<void> {
  const helpers = app.requireStaff('helper', 'admin');
  const actorOf = (request: { staffUser: { id: number; username: string } | null }) =>
    request.staffUser ?? { id: null, username: 'unknown' };
  const filterOf = (q: FilterQuery): InboxFilter => ({
    ...q,
    status: q.status as BookingStatus | undefined,
    followUp: q.followUp === 'true',
    // Today and coming days, unless asked otherwise.
    from: q.from ?? libraryLocal(new Date()).slice(0, 10),
  });

  app.get('/api/staff/bookings', { onRequest: helpers, schema: { querystring: Filter } }, async (request) => ({
    bookings: await app.bookings.list(filterOf(request.query as FilterQuery)),
  }));

  app.get(
    '/api/staff/bookings.csv',
    { onRequest: helpers, schema: { querystring: Filter } },
    async (request, reply) => {
      const bookings = await app.bookings.list(filterOf(request.query as FilterQuery));
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
      onRequest: helpers,
      schema: { params: IdParam, body: Type.Object({ status: Status }, { additionalProperties: false }) },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const before = await app.bookings.get(id);
      if (!before) return sendProblem(reply, notFound);
      const status = request.body.status as BookingStatus;
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
      onRequest: helpers,
      schema: {
        params: IdParam,
        body: Type.Object({ slotId: Type.String({ maxLength: 40 }) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const before = await app.bookings.get(id);
      if (!before) return sendProblem(reply, notFound);
      const found = await app.slots.lookup(request.body.slotId, new Date());
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
      onRequest: helpers,
      schema: { querystring: Type.Object({ from: Type.Optional(DateString), to: Type.Optional(DateString) }) },
    },
    async (request) => {
      const today = libraryLocal(new Date()).slice(0, 10);
      return {
        counts: await app.bookings.counts(
          request.query.from ?? addDays(today, -90),
          request.query.to ?? addDays(today, 60),
        ),
      };
    },
  );

  app.get('/api/staff/retention', { onRequest: helpers }, async () => ({ days: app.personalDataDays }));
}
