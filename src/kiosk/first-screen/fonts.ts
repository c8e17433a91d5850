import welcomeFaces from 'virtual:welcome-fonts';
import type { Language } from '../../domain/languages.js';
import { FONT_WEIGHTS, SCRIPT_FONTS, type ScriptFont } from './script-fonts.js';

/** Gives up on fonts that take longer than this: the screen shows with the fallback rather than wait. */
const MAX_WAIT_MS = 1500;

/** The shipped fonts the offered languages need, each once. */
const fontsFor = (languages: readonly Language[]): Set<ScriptFont> =>
  new Set(languages.flatMap((l) => (SCRIPT_FONTS[l.code] ? [SCRIPT_FONTS[l.code] as ScriptFont] : [])));

/** Resolves when the loads are done, or after MAX_WAIT_MS, never with an error. */
function capped(loads: Promise<unknown>[]): Promise<unknown> {
  const cap = new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS));
  return Promise.race([Promise.all(loads).catch(() => undefined), cap]);
}

/**
 * Resolves once the shipped fonts the offered languages need are loaded (both weights), so text
 * in them is laid out once, in its own font. Offline they come from the service worker's precache.
 */
export function scriptFontsReady(languages: readonly Language[]): Promise<unknown> {
  const loads = [...fontsFor(languages)].flatMap((font) =>
    FONT_WEIGHTS.map((weight) => document.fonts.load(`${weight} 1em "${font.family}"`, font.sample)),
  );
  return capped(loads);
}

/** Each welcome face's family and its load, once started. */
let welcomeLoads: { family: string; load: Promise<unknown> }[] | undefined;

/**
 * Starts loading every one of the welcome screen's small fonts (a few KB each), once: called
 * before the tablet's storage is read, so they load while it is, not after. The page's head has
 * asked for the files already (scripts/welcome-fonts.ts preloads them); these loads take those answers.
 */
export function loadWelcomeFonts(): { family: string; load: Promise<unknown> }[] {
  welcomeLoads ??= welcomeFaces.map((face) => {
    const font = new FontFace(face.family, `url(${face.url})`, { weight: face.weight });
    document.fonts.add(font);
    // A face that fails leaves its text in the next font of the stack; nothing waits on it in vain.
    return { family: face.family, load: font.load().catch(() => undefined) };
  });
  return welcomeLoads;
}

/**
 * Resolves once the welcome screen's own small fonts for the offered languages are loaded: the
 * glyphs of its strings only (made by the build, scripts/welcome-fonts.ts), a few KB where the
 * whole fonts are 49–76 KB each and cost a slow tablet a fifth of its cold start. kiosk.css puts
 * them first on the welcome screen, so its text never moves when a font swaps in.
 */
export function welcomeFontsReady(languages: readonly Language[]): Promise<unknown> {
  const families = new Set([...fontsFor(languages)].map((font) => font.welcomeFamily));
  const loads = loadWelcomeFonts()
    .filter((face) => families.has(face.family))
    .map((face) => face.load);
  return capped(loads);
}
