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

/**
 * The fleet view's page of kiosks: filtered by branch, state and name part, sorted (kiosks with no
 * figure yet last, in either order; then by name and id, so pages never overlap), with the number
 * matching and the count per state within the branch filter. Three indexed queries, however many
 * kiosks there are.
 */
export async function fleetList(
  db: Kysely<Database>,
  filter: FleetFilter,
): Promise<{ kiosks: Kiosk[]; total: number; counts: Record<string, number> }> {
  if (filter.branches?.length === 0) return { kiosks: [], total: 0, counts: {} };
  let scoped = db.selectFrom('kiosk').innerJoin('branch', 'branch.id', 'kiosk.branch_id');
  if (filter.branches) scoped = scoped.where('kiosk.branch_id', 'in', filter.branches);
  let matching = scoped;
  if (filter.state) matching = matching.where('kiosk.state', '=', filter.state);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    matching = matching.where(sql<boolean>`lower(kiosk.name) like ${pattern} escape '\\'`);
  }
  const column = sql.ref(SORT_COLUMNS[filter.sort]);
  const direction = filter.order === 'desc' ? sql`desc` : sql`asc`;
  let page = matching
    .selectAll('kiosk')
    .select('branch.name as branch_name')
    .orderBy(sql`case when ${column} is null then 1 else 0 end`)
    .orderBy(sql`${column} ${direction}`);
  if (filter.sort !== 'name') page = page.orderBy('kiosk.name', filter.order);
  page = page.orderBy('kiosk.id', filter.order);
  const [rows, total, counts] = await Promise.all([
    page.limit(filter.limit).offset(filter.offset).execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    scoped
      .select(['kiosk.state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('kiosk.state')
      .execute(),
  ]);
  return {
    kiosks: rows.map(fleetRowOf),
    total: Number(total.n),
    counts: Object.fromEntries(counts.map((c) => [c.state, Number(c.n)])),
  };
}
