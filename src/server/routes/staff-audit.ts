import { AUDIT_LIMIT_MAX, AuditPageSchema, type AuditQuery, AuditQuerySchema } from '../../domain/schemas/audit.js';
import { isDate } from '../../domain/slot-rules.js';
import type { App } from '../app.js';
import { auditCsv } from '../audit-csv.js';
import { staffOnly } from '../plugins/access.js';
import { sendFieldProblem } from '../plugins/problem.js';
import type { AuditFilter } from '../repositories/audit-log.js';

/** The longest export: pages of AUDIT_LIMIT_MAX entries, each page one set of lookups. */
const CSV_PAGES_MAX = 100;

/** The audit log, for admins: filtered by person, kind and days, as a page or a CSV file. */
export async function staffAuditRoutes(app: App): Promise<void> {
  const adminOnly = staffOnly('admin');
  const filterOf = (q: AuditQuery): AuditFilter => ({
    limit: Math.min(AUDIT_LIMIT_MAX, Number(q.limit ?? 200)),
    actor: q.actor,
    kind: q.kind,
    from: q.from,
    to: q.to,
  });
  /** The field and what is wrong with it: a date that is no date, or a range that ends before it starts. */
  const dateProblem = (q: AuditQuery): [string, string] | null => {
    if (q.from !== undefined && !isDate(q.from)) return ['querystring/from', 'Not a calendar date'];
    if (q.to !== undefined && !isDate(q.to)) return ['querystring/to', 'Not a calendar date'];
    if (q.from !== undefined && q.to !== undefined && q.to < q.from) {
      return ['querystring/to', 'The range ends before it starts'];
    }
    return null;
  };

  app.get(
    '/api/staff/audit',
    { config: adminOnly, schema: { querystring: AuditQuerySchema, response: { 200: AuditPageSchema } } },
    async (request, reply) => {
      const problem = dateProblem(request.query);
      if (problem) return sendFieldProblem(reply, ...problem);
      const [entries, actors] = await Promise.all([
        app.staff.auditPage(filterOf(request.query)),
        app.staff.auditActors(),
      ]);
      return { entries, actors };
    },
  );

  app.get(
    '/api/staff/audit.csv',
    { config: adminOnly, schema: { querystring: AuditQuerySchema } },
    async (request, reply) => {
      const problem = dateProblem(request.query);
      if (problem) return sendFieldProblem(reply, ...problem);
      // The whole filtered log (not just the page on screen), read a page at a time.
      const filter = { ...filterOf(request.query), limit: AUDIT_LIMIT_MAX };
      const entries = [];
      for (let page = 0; page < CSV_PAGES_MAX; page++) {
        const rows = await app.staff.auditPage({ ...filter, beforeId: entries.at(-1)?.id });
        entries.push(...rows);
        if (rows.length < AUDIT_LIMIT_MAX) break;
      }
      const actor = request.staffUser;
      if (actor)
        await app.staff.audit({ actor, action: 'export-audit', target: 'audit', afterId: String(entries.length) });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-log.csv"')
        .header('cache-control', 'no-store')
        .send(auditCsv(entries));
    },
  );
}
