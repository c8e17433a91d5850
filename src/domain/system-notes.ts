/**
 * The notes the system itself writes on a published version. They are stored as text (older
 * databases already hold exactly these words), and this module is the one place that writes and
 * reads them, so the console can show them in its own language.
 */
export type SystemNote = { system: 'seed' } | { system: 'restored'; from: number };

const SEED = 'Seed content';
const RESTORED = /^Restored version ([0-9]{1,9})$/;

/** The stored text of a system note. */
export function systemNoteText(note: SystemNote): string {
  return note.system === 'seed' ? SEED : `Restored version ${note.from}`;
}

/** The system note a version's stored text is, or null when a person wrote it. */
export function systemNoteOf(changelog: string): SystemNote | null {
  if (changelog === SEED) return { system: 'seed' };
  const restored = RESTORED.exec(changelog);
  return restored ? { system: 'restored', from: Number(restored[1]) } : null;
}
