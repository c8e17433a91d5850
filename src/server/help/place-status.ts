import { type Branch, placeIn } from '../../domain/help.js';
import { LANGUAGES } from '../../domain/languages.js';
import type { PlaceStatusRow } from '../../domain/staff-api.js';

/**
 * The translation status of the places of branches that have one: a language whose visitors would
 * read the Swedish place counts as missing, as a guide without that language does.
 */
export function placeStatusRows(branches: readonly Branch[]): PlaceStatusRow[] {
  return branches
    .filter((b) => b.place !== '')
    .map((b) => ({
      id: b.id,
      name: b.name,
      place: b.place,
      status: Object.fromEntries(
        LANGUAGES.map((l) => [l.code, placeIn(b, l.code).lang === l.code ? 'reviewed' : 'missing']),
      ),
    }));
}
