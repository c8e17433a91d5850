import { LANGUAGES } from '../../domain/languages.js';
import type { PatternInput } from '../../domain/schemas/times.js';
import { isDate } from '../../domain/slot-rules.js';

const codes = new Set(LANGUAGES.map((l) => l.code));

/** What a pattern's schema cannot say; the problem names the field. */
export function patternProblem(input: PatternInput): { field: string; detail: string } | null {
  if (!isDate(input.from)) return { field: 'body/from', detail: 'Not a calendar date' };
  if (input.until !== null && !isDate(input.until)) return { field: 'body/until', detail: 'Not a calendar date' };
  if (input.until !== null && input.until < input.from) return { field: 'body/until', detail: 'Ends before it starts' };
  if (input.kind === 'bookable' && input.capacity < 1)
    return { field: 'body/capacity', detail: 'A bookable session needs at least one place' };
  const unknown = input.languages.find((l) => !codes.has(l));
  if (unknown) return { field: 'body/languages', detail: `"${unknown}" is not a language the kiosk offers` };
  const start = Number(input.start.slice(0, 2)) * 60 + Number(input.start.slice(3));
  if (start + input.durationMinutes > 24 * 60) return { field: 'body/durationMinutes', detail: 'Runs past midnight' };
  return null;
}
