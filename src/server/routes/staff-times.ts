import { Type } from 'typebox';
import type { ExceptionInput, PatternInput } from '../../domain/help-api.js';
import { isDate, libraryLocal } from '../../domain/slot-rules.js';
import type { App } from '../app.js';
import { FEED_DAYS } from '../help/slot-catalog.js';
import { patternProblem } from '../help/times-rules.js';
import {
  BranchId,
  BranchInputSchema,
  DateString,
  ExceptionInputSchema,
  PatternInputSchema,
} from '../help/times-schema.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';

// Path parameters arrive as text and are never coerced: checked as digits, then read as numbers.
// At most nine digits: PostgreSQL's integer ids stop at 2^31 - 1, and a larger number fails the query.
const IdParam = Type.Object({ id: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }) });
const notFound = { type: PROBLEM.notFound, title: 'Not found', status: 404 };

/** Helpers and admins keep the branches' help-session times: weekly patterns and their exceptions. */
export async function staffTimesRoutes(app: App): Promise<void> {
  const helpers = app.requireStaff('helper', 'admin');
  const actorOf = (request: { staffUser: { id: number; username: string } | null }) =>
    request.staffUser ?? { id: null, username: 'unknown' };
  const today = () => libraryLocal(new Date()).slice(0, 10);

  /** The problem with a pattern's branch or rules, or null; shared by create and update. */
  const checkPattern = async (input: PatternInput) => {
    if (!(await app.times.branch(input.branchId))) return { field: 'body/branchId', detail: 'No such branch' };
    return patternProblem(input);
  };

  app.get('/api/staff/times', { onRequest: helpers }, async () => {
    const [branches, patterns, exceptions] = await Promise.all([
      app.times.branches(),
      app.times.patterns(),
      app.times.exceptions(),
    ]);
    return { branches, patterns, exceptions };
  });

  app.put(
    '/api/staff/branches/:id',
    { onRequest: helpers, schema: { params: Type.Object({ id: BranchId }), body: BranchInputSchema } },
    async (request) => {
      const before = await app.times.branch(request.params.id);
      const branch = await app.times.putBranch(request.params.id, request.body);
      await app.staff.audit({
        actor: actorOf(request),
        action: before ? 'edit-branch' : 'add-branch',
        target: `branch/${branch.id}`,
        beforeId: before ? JSON.stringify(before.openingHours) : null,
        afterId: JSON.stringify(branch.openingHours),
      });
      return branch;
    },
  );

  app.post(
    '/api/staff/patterns',
    { onRequest: helpers, schema: { body: PatternInputSchema } },
    async (request, reply) => {
      const problem = await checkPattern(request.body as PatternInput);
      if (problem) return sendFieldProblem(reply, problem.field, problem.detail);
      const pattern = await app.times.addPattern(request.body as PatternInput);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'add-pattern',
        target: `pattern/${pattern.id}`,
        beforeId: null,
        afterId: String(pattern.id),
      });
      return reply.code(201).send(pattern);
    },
  );

  app.put(
    '/api/staff/patterns/:id',
    { onRequest: helpers, schema: { params: IdParam, body: PatternInputSchema } },
    async (request, reply) => {
      const problem = await checkPattern(request.body as PatternInput);
      if (problem) return sendFieldProblem(reply, problem.field, problem.detail);
      const before = await app.times.pattern(Number(request.params.id));
      const pattern = await app.times.updatePattern(Number(request.params.id), request.body as PatternInput);
      if (!pattern) return sendProblem(reply, notFound);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'edit-pattern',
        target: `pattern/${pattern.id}`,
        beforeId: JSON.stringify(before),
        afterId: JSON.stringify(pattern),
      });
      return pattern;
    },
  );

  app.delete('/api/staff/patterns/:id', { onRequest: helpers, schema: { params: IdParam } }, async (request, reply) => {
    if (await app.bookings.patternHasBookings(Number(request.params.id), today())) {
      return sendProblem(reply, {
        type: PROBLEM.conflict,
        title: 'Visitors are booked',
        status: 409,
        detail: 'Move or cancel the coming requests first, or add an exception for single dates',
      });
    }
    if (!(await app.times.deletePattern(Number(request.params.id)))) return sendProblem(reply, notFound);
    await app.staff.audit({
      actor: actorOf(request),
      action: 'delete-pattern',
      target: `pattern/${Number(request.params.id)}`,
      beforeId: request.params.id,
      afterId: null,
    });
    return reply.code(204).send();
  });

  app.post(
    '/api/staff/exceptions',
    { onRequest: helpers, schema: { body: ExceptionInputSchema } },
    async (request, reply) => {
      const input = request.body as ExceptionInput;
      if (!isDate(input.date)) return sendFieldProblem(reply, 'body/date', 'Not a calendar date');
      if (!(await app.times.branch(input.branchId))) return sendFieldProblem(reply, 'body/branchId', 'No such branch');
      if (input.patternId !== null) {
        const pattern = await app.times.pattern(input.patternId);
        if (pattern?.branchId !== input.branchId)
          return sendFieldProblem(reply, 'body/patternId', 'No such session at that branch');
      }
      const exception = await app.times.addException(input);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'add-exception',
        target: `exception/${exception.id}`,
        beforeId: null,
        afterId: `${input.date}:${input.patternId ?? 'all'}`,
      });
      return reply.code(201).send(exception);
    },
  );

  app.delete(
    '/api/staff/exceptions/:id',
    { onRequest: helpers, schema: { params: IdParam } },
    async (request, reply) => {
      if (!(await app.times.deleteException(Number(request.params.id)))) return sendProblem(reply, notFound);
      await app.staff.audit({
        actor: actorOf(request),
        action: 'delete-exception',
        target: `exception/${Number(request.params.id)}`,
        beforeId: request.params.id,
        afterId: null,
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/staff/slots',
    {
      onRequest: helpers,
      schema: {
        querystring: Type.Object({
          from: Type.Optional(DateString),
          days: Type.Optional(Type.String({ pattern: '^[0-9]{1,2}$' })),
        }),
      },
    },
    async (request) => {
      const days = Math.min(60, Math.max(1, Number(request.query.days ?? FEED_DAYS)));
      const feed = await app.slots.feed(new Date(), days);
      const from = request.query.from;
      const keep = <T extends { date: string }>(items: T[]) => (from ? items.filter((i) => i.date >= from) : items);
      return { slots: keep(feed.slots), dropIns: keep(feed.dropIns) };
    },
  );
}
