import type { Kysely, Selectable } from 'kysely';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { AuditEntry, AuditSubject } from '../../domain/schemas/audit.js';
import { addDays, libraryDayStart } from '../../domain/slot-rules.js';
import type { AuditLogTable, Database } from '../db/schema.js';

/** Which entries to read: all filters optional; dates are the library's, inclusive. */
export interface AuditFilter {
  limit: number;
  actor?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only entries older than this one (paging through a long export). */
  beforeId?: number | undefined;
}

type Row = Selectable<AuditLogTable>;

/** Row ids in stored targets are only looked up when they are ids: anything else would fail on PostgreSQL. */
const ROW_ID = /^[0-9]{1,9}$/;

/** What a stored target names: `guide/bankid/ar` → guide bankid in ar; `bookings` → bookings. */
export function subjectOf(target: string): Omit<AuditSubject, 'name'> {
  const [type = '', id = '', lang = null] = target.split('/');
  // Uploads are written as their path, `media/<name>`: the name is the subject.
  if (type === 'media') return { type, id: target.slice('media/'.length), lang: null };
  return { type, id, lang };
}

/** The kinds whose `after` names something, and what: a category, a branch, a kiosk or branch. */
function afterRef(row: Row): { table: 'category' | 'branch' | 'kiosk-or-branch'; id: string } | null {
  if (!row.after_id) return null;
  if (row.action === 'place-guide') return { table: 'category', id: row.after_id.split('#')[0] ?? '' };
  if (row.action === 'move-kiosk') return { table: 'branch', id: row.after_id };
  if (row.action === 'create-enrolment') return { table: 'kiosk-or-branch', id: row.after_id };
  return null;
}

const titleOf = (markdown: string) => /^#[ \t]+(.+)$/m.exec(markdown)?.[1]?.trim() ?? null;

/**
 * Reads a page of the log, newest first, and resolves every entry's subject to its display name
 * with one lookup per kind of thing (never one query per row).
 */
export async function auditPage(db: Kysely<Database>, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.actor) query = query.where('actor', '=', filter.actor);
  if (filter.kind) query = query.where('action', '=', filter.kind);
  if (filter.from) query = query.where('at', '>=', libraryDayStart(filter.from));
  if (filter.to) query = query.where('at', '<', libraryDayStart(addDays(filter.to, 1)));
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  const rows: Row[] = await query.orderBy('id', 'desc').limit(filter.limit).execute();

  const subjects = rows.map((r) => subjectOf(r.target));
  const idsOf = (type: string, numeric = false) => [
    ...new Set(subjects.filter((s) => s.type === type && (!numeric || ROW_ID.test(s.id))).map((s) => s.id)),
  ];
  const afters = rows.map(afterRef);
  const afterIds = (...tables: string[]) => afters.filter((a) => a && tables.includes(a.table)).map((a) => a?.id ?? '');

  const [guides, bookings, users, patterns, exceptions, enrolments, categories] = await Promise.all([
    lookup(idsOf('guide'), (ids) =>
      db
        .selectFrom('editorial_text')
        .select(['guide_id as id', 'markdown as name'])
        .where('lang', '=', SOURCE_LANGUAGE)
        .where('guide_id', 'in', ids)
        .execute(),
    ),
    lookup(idsOf('booking', true), (ids) =>
      db.selectFrom('booking').select(['id', 'reference as name']).where('id', 'in', ids.map(Number)).execute(),
    ),
    lookup(idsOf('user', true), (ids) =>
      db.selectFrom('staff_user').select(['id', 'username as name']).where('id', 'in', ids.map(Number)).execute(),
    ),
    lookup(idsOf('pattern', true), (ids) =>
      db.selectFrom('session_pattern').select(['id', 'branch_id as name']).where('id', 'in', ids.map(Number)).execute(),
    ),
    lookup(idsOf('exception', true), (ids) =>
      db
        .selectFrom('session_exception')
        .select(['id', 'branch_id as name'])
        .where('id', 'in', ids.map(Number))
        .execute(),
    ),
    lookup(idsOf('enrolment', true), (ids) =>
      db.selectFrom('enrolment_code').select(['id', 'branch_id as name']).where('id', 'in', ids.map(Number)).execute(),
    ),
    lookup([...idsOf('category'), ...afterIds('category')], (ids) =>
      db.selectFrom('editorial_category').select(['id', 'names as name']).where('id', 'in', ids).execute(),
    ),
  ]);
  // Kiosks and branches second: weekly times, exceptions and codes name their branch by id.
  const [kiosks, branches] = await Promise.all([
    lookup([...idsOf('kiosk'), ...afterIds('kiosk-or-branch')], (ids) =>
      db.selectFrom('kiosk').select(['id', 'name']).where('id', 'in', ids).execute(),
    ),
    lookup(
      [
        ...idsOf('branch'),
        ...afterIds('branch', 'kiosk-or-branch'),
        ...patterns.values(),
        ...exceptions.values(),
        ...enrolments.values(),
      ],
      (ids) => db.selectFrom('branch').select(['id', 'name']).where('id', 'in', ids).execute(),
    ),
  ]);
  const branchOf = (map: Map<string, string>, id: string) => {
    const branch = map.get(id);
    return branch === undefined ? undefined : (branches.get(branch) ?? branch);
  };

  const nameOf = (s: Omit<AuditSubject, 'name'>): string | null => {
    switch (s.type) {
      case 'guide': {
        const markdown = guides.get(s.id);
        return markdown === undefined ? null : titleOf(markdown);
      }
      case 'booking':
        return bookings.get(s.id) ?? null;
      case 'user':
        return users.get(s.id) ?? null;
      case 'kiosk':
        return kiosks.get(s.id) ?? null;
      case 'branch':
        return branches.get(s.id) ?? null;
      case 'pattern':
        return branchOf(patterns, s.id) ?? null;
      case 'exception':
        return branchOf(exceptions, s.id) ?? null;
      case 'enrolment':
        return branchOf(enrolments, s.id) ?? null;
      case 'category':
        return categoryName(categories.get(s.id));
      case 'media':
        return s.id;
      default:
        return null;
    }
  };
  const afterNameOf = (ref: ReturnType<typeof afterRef>): string | null => {
    if (!ref) return null;
    if (ref.table === 'category') return categoryName(categories.get(ref.id));
    if (ref.table === 'branch') return branches.get(ref.id) ?? null;
    return kiosks.get(ref.id) ?? branches.get(ref.id) ?? null;
  };

  return rows.map((row, i) => {
    const subject = subjects[i] as Omit<AuditSubject, 'name'>;
    return {
      id: row.id,
      at: row.at,
      actor: row.actor,
      kind: row.action,
      target: row.target,
      before: row.before_id,
      after: row.after_id,
      subject: { ...subject, name: nameOf(subject) },
      afterName: afterNameOf(afters[i] ?? null),
    };
  });
}

/** Everyone who appears in the log, by name. */
export async function auditActors(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('actor').distinct().orderBy('actor').execute();
  return rows.map((r) => r.actor);
}

/** One query for all the ids of one kind of thing (none when there are no ids): id → name. */
async function lookup(
  ids: readonly string[],
  query: (ids: string[]) => Promise<{ id: string | number; name: string }[]>,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter((id) => id !== '');
  if (unique.length === 0) return new Map();
  return new Map((await query(unique)).map((r) => [String(r.id), r.name]));
}

/** A category's Swedish name from its stored names (JSON by language). */
function categoryName(json: string | undefined): string | null {
  if (json === undefined) return null;
  try {
    const names = JSON.parse(json) as Record<string, unknown>;
    const name = names[SOURCE_LANGUAGE];
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}
