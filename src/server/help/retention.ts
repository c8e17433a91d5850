import { addDays, libraryLocal } from '../../domain/slot-rules.js';
import type { App } from '../app.js';
import { eraseDeletedRows } from '../db/maintenance.js';

const HOUR_MS = 3600_000;

/**
 * Deletes visitors' personal data `personalDataDays` after their session (or after the day a
 * never-placed request came in), keeping the request as an anonymous count, and forgets
 * idempotency keys as old. Returns how many requests lost their personal data.
 */
export async function deleteExpiredPersonalData(app: App, now = new Date()): Promise<number> {
  const cutoff = addDays(libraryLocal(now).slice(0, 10), -app.personalDataDays);
  const deleted = await app.bookings.deletePersonalDataBefore(cutoff, now);
  await app.idempotency.forgetBefore(new Date(now.getTime() - app.personalDataDays * 24 * HOUR_MS));
  // Until then the names are still in the database's files, readable to anyone who copies them.
  // Every run, not only when it deleted something, so a checkpoint a long read blocked is retried.
  if (!(await eraseDeletedRows(app.db))) {
    app.log.warn('deleted personal data stays in the write-ahead log until a long read ends; retried next hour');
  }
  return deleted;
}
