/** The audit log's filters as the screen holds them: an empty string is "any". */
export interface AuditFilters {
  actor: string;
  kind: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { actor: '', kind: '', from: '', to: '' };

/** The query string for the filters (the same for the page and its CSV), `?…` or empty. */
export function auditQuery(filters: AuditFilters, limit?: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (limit !== undefined) params.set('limit', String(limit));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filtered log as a CSV download (a plain link: the browser sends the session cookie). */
export function auditCsvUrl(filters: AuditFilters): string {
  return `/api/staff/audit.csv${auditQuery(filters)}`;
}
