import { type Static, Type } from 'typebox';
import { DateString } from './common.js';

/**
 * The audit log's API:
 *   GET /api/staff/audit?AuditQuery       → AuditPage                               admin
 *   GET /api/staff/audit.csv?AuditQuery   → the same entries as CSV (text/csv)      admin
 * The server resolves what each entry is about to display names (a guide's Swedish title, a
 * request's reference code, a kiosk's or branch's name); the console turns kind and names into a
 * sentence in its own language.
 */

/** A kind of event as the server writes it: `set-request-status`, `publish`, … */
export const AUDIT_KIND_PATTERN = '^[a-z][a-z0-9-]{0,39}$';

/** Most entries one answer carries; the console asks for the newest 200. */
export const AUDIT_LIMIT_MAX = 1000;

export const AuditQuerySchema = Type.Object(
  {
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$' })),
    /** Who did it: the actor's name as the log holds it. */
    actor: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    kind: Type.Optional(Type.String({ pattern: AUDIT_KIND_PATTERN })),
    /** First and last day, inclusive, as dates at the library (Europe/Stockholm). */
    from: Type.Optional(DateString),
    to: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuerySchema>;

const Name = Type.Union([Type.String(), Type.Null()]);

/**
 * What an entry is about. `type` is the first part of the stored target (`guide/bankid/ar` →
 * guide); `name` is its display name now, or null when it is gone or has none (a version, a
 * weekly time); `lang` is the language of a guide text.
 */
export const AuditSubjectSchema = Type.Object({
  type: Type.String(),
  id: Type.String(),
  name: Name,
  lang: Name,
});
export type AuditSubject = Static<typeof AuditSubjectSchema>;

export const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  kind: Type.String(),
  /** The target as stored, for the CSV and for kinds the console has no sentence for. */
  target: Type.String(),
  before: Name,
  after: Name,
  subject: AuditSubjectSchema,
  /** `after`'s display name, where it names something: a category, a branch, a kiosk. */
  afterName: Name,
});
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const AuditPageSchema = Type.Object({
  entries: Type.Array(AuditEntrySchema),
  /** Everyone who appears in the log, for the filter by person. */
  actors: Type.Array(Type.String()),
});
export type AuditPage = Static<typeof AuditPageSchema>;
