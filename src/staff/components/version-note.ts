import { systemNoteOf } from '../../domain/system-notes.js';

/**
 * A version's note in the console's language: the notes the system writes ("Seed content",
 * "Restored version 1", stored so in every database) translated; a person's note as written.
 */
export function versionNote(t: (key: string, values?: Record<string, number>) => string, changelog: string): string {
  const note = systemNoteOf(changelog);
  if (!note) return changelog;
  return note.system === 'seed' ? t('versions.systemSeed') : t('versions.systemRestored', { version: note.from });
}
