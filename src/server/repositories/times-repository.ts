import type { Kysely, Selectable } from 'kysely';
import type { Branch, OpeningHours, SessionException, SessionPattern } from '../../domain/help.js';
import type { BranchInput, ExceptionInput, PatternInput } from '../../domain/help-api.js';
import type { Database, SessionPatternTable } from '../db/schema.js';

function patternOf(row: Selectable<SessionPatternTable>): SessionPattern {
  return {
    id: row.id,
    branchId: row.branch_id,
    kind: row.kind,
    weekday: row.weekday,
    start: row.start,
    durationMinutes: row.duration_minutes,
    capacity: row.capacity,
    topics: JSON.parse(row.topics) as string[],
    languages: JSON.parse(row.languages) as string[],
    from: row.valid_from,
    until: row.valid_until,
  };
}

function patternRow(input: PatternInput) {
  return {
    branch_id: input.branchId,
    kind: input.kind,
    weekday: input.weekday,
    start: input.start,
    duration_minutes: input.durationMinutes,
    capacity: input.kind === 'drop-in' ? 0 : input.capacity,
    topics: JSON.stringify(input.topics),
    languages: JSON.stringify(input.languages),
    valid_from: input.from,
    valid_until: input.until,
  };
}

/** Branches, their weekly session patterns and the dates those do not run. */
export function timesRepository(db: Kysely<Database>) {
  return {
    async branches(): Promise<Branch[]> {
      const rows = await db.selectFrom('branch').selectAll().orderBy('name').execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        place: r.place,
        openingHours: JSON.parse(r.opening_hours) as OpeningHours,
      }));
    },

    async branch(id: string): Promise<Branch | undefined> {
      return (await this.branches()).find((b) => b.id === id);
    },

    /** Creates the branch or replaces its name, place and opening hours. */
    async putBranch(id: string, input: BranchInput): Promise<Branch> {
      const row = { name: input.name, place: input.place, opening_hours: JSON.stringify(input.openingHours) };
      await db
        .insertInto('branch')
        .values({ id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      return { id, ...input };
    },

    async patterns(): Promise<SessionPattern[]> {
      const rows = await db.selectFrom('session_pattern').selectAll().orderBy('weekday').orderBy('start').execute();
      return rows.map(patternOf);
    },

    async pattern(id: number): Promise<SessionPattern | undefined> {
      const row = await db.selectFrom('session_pattern').selectAll().where('id', '=', id).executeTakeFirst();
      return row && patternOf(row);
    },

    async addPattern(input: PatternInput): Promise<SessionPattern> {
      const row = await db
        .insertInto('session_pattern')
        .values(patternRow(input))
        .returningAll()
        .executeTakeFirstOrThrow();
      return patternOf(row);
    },

    async updatePattern(id: number, input: PatternInput): Promise<SessionPattern | undefined> {
      const row = await db
        .updateTable('session_pattern')
        .set(patternRow(input))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && patternOf(row);
    },

    async deletePattern(id: number): Promise<boolean> {
      const result = await db.deleteFrom('session_pattern').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async exceptions(): Promise<SessionException[]> {
      const rows = await db.selectFrom('session_exception').selectAll().orderBy('date').execute();
      return rows.map((r) => ({
        id: r.id,
        branchId: r.branch_id,
        patternId: r.pattern_id,
        date: r.date,
        reason: r.reason,
      }));
    },

    async addException(input: ExceptionInput): Promise<SessionException> {
      const row = await db
        .insertInto('session_exception')
        .values({ branch_id: input.branchId, pattern_id: input.patternId, date: input.date, reason: input.reason })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { id: row.id, branchId: row.branch_id, patternId: row.pattern_id, date: row.date, reason: row.reason };
    },

    async deleteException(id: number): Promise<boolean> {
      const result = await db.deleteFrom('session_exception').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type TimesRepository = ReturnType<typeof timesRepository>;
