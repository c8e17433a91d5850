import { type Kysely, sql } from 'kysely';
import type { FleetSort } from '../../domain/schemas/fleet.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import type { Database } from '../db/schema.js';
import { fleetRowOf, type Kiosk } from './fleet-rows.js';

export interface FleetFilter {
  /** Only this branch's kiosks (a helper's own branch, or the filter chosen). */
  branches: string[] | null;
  state?: KioskState;
  /** Part of the name, matched without regard to case. */
  q?: string;
  sort: FleetSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const SORT_COLUMNS = {
  name: 'kiosk.name',
  branch: 'branch.name',
  state: 'kiosk.state',
  lastSeen: 'kiosk.last_seen_at',
  outbox: 'kiosk.outbox_pending',
  storage: 'kiosk.storage_used_kb',
  content: 'kiosk.content_version',
  app: 'kiosk.app_version',
} as const;

/** `%` and `_` in a name part are letters, not LIKE's wildcards. */
const likePattern = (part: string) => `%${part.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Columns that are never null: sorting them needs no "no figure yet last" term. */
const NOT_NULL: readonly FleetSort[] = ['name', 'branch', 'state'];

/**
 * The fleet view's page of kiosks: filtered by branch, state and name part, sorted (kiosks with no
 * figure yet last, in either order; then by name and id, so pages never overlap), with the number
 * matching and the count per state within the branch filter. The sort handles ids only and the
 * page's rows are read afterwards by id, so a page far down a 30,000-kiosk fleet stays quick.
 */
export async function fleetList(
  db: Kysely<Database>,
  filter: FleetFilter,
): Promise<{ kiosks: Kiosk[]; total: number; counts: Record<string, number> }> {
  if (filter.branches?.length === 0) return { kiosks: [], total: 0, counts: {} };
  let scoped = db.selectFrom('kiosk');
  if (filter.branches) scoped = scoped.where('kiosk.branch_id', 'in', filter.branches);
  let matching = scoped;
  if (filter.state) matching = matching.where('kiosk.state', '=', filter.state);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    matching = matching.where(sql<boolean>`lower(kiosk.name) like ${pattern} escape '\\'`);
  }
  const column = sql.ref(SORT_COLUMNS[filter.sort]);
  const direction = filter.order === 'desc' ? sql`desc` : sql`asc`;
  let ordered = (
    filter.sort === 'branch' ? matching.innerJoin('branch', 'branch.id', 'kiosk.branch_id') : matching
  ).select('kiosk.id');
  if (!NOT_NULL.includes(filter.sort)) ordered = ordered.orderBy(sql`case when ${column} is null then 1 else 0 end`);
  ordered = ordered.orderBy(sql`${column} ${direction}`);
  if (filter.sort !== 'name') ordered = ordered.orderBy('kiosk.name', filter.order);
  ordered = ordered.orderBy('kiosk.id', filter.order);
  const [ids, total, counts] = await Promise.all([
    ordered.limit(filter.limit).offset(filter.offset).execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    scoped
      .select(['kiosk.state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('kiosk.state')
      .execute(),
  ]);
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('kiosk')
          .innerJoin('branch', 'branch.id', 'kiosk.branch_id')
          .selectAll('kiosk')
          .select('branch.name as branch_name')
          .where(
            'kiosk.id',
            'in',
            ids.map((r) => r.id),
          )
          .execute();
  const byId = new Map(rows.map((r) => [r.id, fleetRowOf(r)]));
  return {
    kiosks: ids.flatMap((r) => byId.get(r.id) ?? []),
    total: Number(total.n),
    counts: Object.fromEntries(counts.map((c) => [c.state, Number(c.n)])),
  };
}
