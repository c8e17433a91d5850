import type { AuditEntry } from '../domain/schemas/audit.js';
import { type CsvValue, csvDocument } from './csv.js';

const COLUMNS: Array<[string, (e: AuditEntry) => CsvValue]> = [
  ['at', (e) => e.at],
  ['actor', (e) => e.actor],
  ['kind', (e) => e.kind],
  ['subject_type', (e) => e.subject.type],
  ['subject', (e) => e.subject.name ?? e.subject.id],
  ['language', (e) => e.subject.lang],
  ['before', (e) => e.before],
  ['after', (e) => e.after],
  ['after_name', (e) => e.afterName],
  ['target', (e) => e.target],
];

/** The audit log as CSV, its subjects named as the console names them (a guide by its title). */
export function auditCsv(entries: readonly AuditEntry[]): string {
  return csvDocument(COLUMNS, entries);
}
