import type { SessionPattern } from '../../domain/help.js';
import { endTime, weekdayName } from './dates.js';
import { kindLabel } from './labels.js';

type T = (key: string, options?: Record<string, unknown>) => string;

/** "Tuesday 10:00–11:00" */
export function patternWhen(pattern: SessionPattern, lang: string): string {
  return `${weekdayName(pattern.weekday, lang)} ${pattern.start}–${endTime(pattern.start, pattern.durationMinutes)}`;
}

/** "Tuesday 10:00–11:00, bookable": a pattern named where one is chosen among a branch's. */
export function patternLabel(t: T, pattern: SessionPattern, lang: string): string {
  return `${patternWhen(pattern, lang)}, ${kindLabel(t, pattern.kind).toLocaleLowerCase(lang)}`;
}

/** Patterns in the order of the week: branch, weekday, start. */
export function sortPatterns(patterns: readonly SessionPattern[]): SessionPattern[] {
  return [...patterns].sort(
    (a, b) => a.branchId.localeCompare(b.branchId) || a.weekday - b.weekday || a.start.localeCompare(b.start),
  );
}
