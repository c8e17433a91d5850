import type { Language } from '../../domain/languages.js';

/** The shipped fonts (see kiosk.css), each with a sample of its script, by the languages that need them. */
const SCRIPT_FONTS: Record<string, { family: string; sample: string }> = {
  ar: { family: 'Noto Sans Arabic', sample: 'ا' },
  fa: { family: 'Noto Sans Arabic', sample: 'ا' },
  prs: { family: 'Noto Sans Arabic', sample: 'ا' },
  ti: { family: 'Noto Sans Ethiopic', sample: 'ቋ' },
};

/** Gives up on fonts that take longer than this: the screen shows with the fallback rather than wait. */
const MAX_WAIT_MS = 1500;

/**
 * Resolves once the shipped fonts the offered languages need are loaded (both weights the welcome
 * screen uses), so their text is laid out once, in its own font, and never moves when a font swaps
 * in. Offline they come from the service worker's precache in a few milliseconds.
 */
export function scriptFontsReady(languages: readonly Language[]): Promise<unknown> {
  const fonts = new Set(languages.flatMap((l) => (SCRIPT_FONTS[l.code] ? [SCRIPT_FONTS[l.code]] : [])));
  const loads = [...fonts].flatMap((font) =>
    ['400', '700'].map((weight) => document.fonts.load(`${weight} 1em "${font?.family}"`, font?.sample)),
  );
  const cap = new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS));
  return Promise.race([Promise.all(loads).catch(() => undefined), cap]);
}
