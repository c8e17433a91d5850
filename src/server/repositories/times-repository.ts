import type { Kysely, Selectable } from 'kysely';
import type { Branch, OpeningHours, PlaceTranslations, SessionException, SessionPattern } from '../../domain/help.js';
import type { BranchInput, ExceptionInput, PatternInput } from '../../domain/schemas/times.js';
import type { Database, SessionPatternTable } from '../db/schema.js';
import { readerOf } from '../db/sqlite-connections.js';

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

interface TimesSnapshot {
  branches: Branch[];
  patterns: SessionPattern[];
  exceptions: SessionException[];
}

/** How long a read of the (small) times tables is reused; writes through this repository drop it at once. */
const SNAPSHOT_TTL_MS = 1000;

async function readSnapshot(db: Kysely<Database>): Promise<TimesSnapshot> {
  const [branches, patterns, exceptions] = await Promise.all([
    db.selectFrom('branch').selectAll().orderBy('name').execute(),
    db.selectFrom('session_pattern').selectAll().orderBy('weekday').orderBy('start').execute(),
    db.selectFrom('session_exception').selectAll().orderBy('date').execute(),
  ]);
  return {
    branches: branches.map((r) => ({
      id: r.id,
      name: r.name,
      place: r.place,
      placeTranslations: JSON.parse(r.place_translations) as PlaceTranslations,
      openingHours: JSON.parse(r.opening_hours) as OpeningHours,
    })),
    patterns: patterns.map(patternOf),
    exceptions: exceptions.map((r) => ({
      id: r.id,
      branchId: r.branch_id,
      patternId: r.pattern_id,
      date: r.date,
      reason: r.reason,
    })),
  };
}

/**
 * Branches, their weekly session patterns and the dates those do not run. Every booking checks
 * its times against these, so they are read as one snapshot and kept for a second (another
 * server process sees a change within that second); a write here drops the snapshot at once.
 */
export function timesRepository(db: Kysely<Database>) {
  let cached: { at: number; snapshot: Promise<TimesSnapshot> } | undefined;
  const snapshot = (): Promise<TimesSnapshot> => {
    if (!cached || Date.now() - cached.at > SNAPSHOT_TTL_MS) {
      const reading = readSnapshot(readerOf(db));
      cached = { at: Date.now(), snapshot: reading };
      reading.catch(() => {
        cached = undefined;
      });
    }
    return cached.snapshot;
  };
  /** Runs a write and forgets the snapshot, so the next read sees it. */
  const writing = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      cached = undefined;
    }
  };

  const branch = async (id: string): Promise<Branch | undefined> =>
    (await snapshot()).branches.find((b) => b.id === id);

  return {
    async branches(): Promise<Branch[]> {
      return (await snapshot()).branches;
    },

    branch,

    /**
     * Creates the branch or replaces its name, place and opening hours, and its place's translations
     * when the input has them (without, the stored ones stay; a new branch has none).
     */
    async putBranch(id: string, input: BranchInput): Promise<Branch> {
      const row = {
        name: input.name,
        place: input.place,
        opening_hours: JSON.stringify(input.openingHours),
        ...(input.placeTranslations ? { place_translations: JSON.stringify(input.placeTranslations) } : {}),
      };
      await writing(
        db
          .insertInto('branch')
          .values({ id, place_translations: '{}', ...row })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute(),
      );
      const saved = await branch(id);
      if (!saved) throw new Error(`branch ${id} was not saved`);
      return saved;
    },

    async patterns(): Promise<SessionPattern[]> {
      return (await snapshot()).patterns;
    },

    async pattern(id: number): Promise<SessionPattern | undefined> {
      return (await snapshot()).patterns.find((p) => p.id === id);
    },

    async addPattern(input: PatternInput): Promise<SessionPattern> {
      const row = await writing(
        db.insertInto('session_pattern').values(patternRow(input)).returningAll().executeTakeFirstOrThrow(),
      );
      return patternOf(row);
    },

    async updatePattern(id: number, input: PatternInput): Promise<SessionPattern | undefined> {
      const row = await writing(
        db.updateTable('session_pattern').set(patternRow(input)).where('id', '=', id).returningAll().executeTakeFirst(),
      );
      return row && patternOf(row);
    },

    async deletePattern(id: number): Promise<boolean> {
      const result = await writing(db.deleteFrom('session_pattern').where('id', '=', id).executeTakeFirst());
      return Number(result.numDeletedRows) > 0;
    },

    async exceptions(): Promise<SessionException[]> {
      return (await snapshot()).exceptions;
    },

    async addException(input: ExceptionInput): Promise<SessionException> {
      const row = await writing(
        db
          .insertInto('session_exception')
          .values({ branch_id: input.branchId, pattern_id: input.patternId, date: input.date, reason: input.reason })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
      return { id: row.id, branchId: row.branch_id, patternId: row.pattern_id, date: row.date, reason: row.reason };
    },

    async deleteException(id: number): Promise<boolean> {
      const result = await writing(db.deleteFrom('session_exception').where('id', '=', id).executeTakeFirst());
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type TimesRepository = ReturnType<typeof timesRepository>;
