/**
 * Pure rules for help-session times: which sessions a set of weekly patterns and exceptions gives
 * on which dates, and what "now" is at the library. Dates are calendar dates (`YYYY-MM-DD`) and
 * times wall-clock times (`HH:MM`) at the library, so arithmetic on them never meets a time zone.
 */
import type { DropIn, SessionException, SessionPattern } from './help.js';

export const LIBRARY_TIME_ZONE = 'Europe/Stockholm';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const SLOT_ID = /^(\d{1,9})@(\d{4}-\d{2}-\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** True for a wall-clock time written `HH:MM`. */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** `HH:MM` plus minutes; sessions end the same day, so it stops at 23:59. */
export function addMinutes(time: string, minutes: number): string {
  const total = Math.min(Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

let libraryClock: Intl.DateTimeFormat | undefined;

/**
 * The one formatter that reads the library's wall clock (year to minute, 24-hour). Made once:
 * making a formatter costs far more than using one, and every booking asks several times.
 */
export function libraryClockFormat(): Intl.DateTimeFormat {
  libraryClock ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: LIBRARY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return libraryClock;
}

/** The last minute read off the library's clock and what it read (see libraryLocal). */
let lastReading = { minute: Number.NaN, local: '' };

/** The library's wall-clock date and time at an instant, as `YYYY-MM-DDTHH:MM` (sorts as it reads). */
export function libraryLocal(instant: Date): string {
  // The reading changes only when the UTC minute does (every time zone's offset has been a whole
  // number of minutes since 1972), and a booking reads the clock several times in its minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute === lastReading.minute) return lastReading.local;
  const parts = libraryClockFormat().formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const local = `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
  lastReading = { minute, local };
  return local;
}

export function slotId(patternId: number, date: string): string {
  return `${patternId}@${date}`;
}

/** The pattern id and date a slot id names, or null when it is not a slot id at all. */
export function parseSlotId(id: string): { patternId: number; date: string } | null {
  const m = SLOT_ID.exec(id);
  if (!m || !isDate(m[2] as string)) return null;
  return { patternId: Number(m[1]), date: m[2] as string };
}

/** True when the pattern gives a session on that date (weekday, date range, no exception). */
export function runsOn(pattern: SessionPattern, date: string, exceptions: readonly SessionException[]): boolean {
  if (isoWeekday(date) !== pattern.weekday) return false;
  if (date < pattern.from || (pattern.until !== null && date > pattern.until)) return false;
  return !exceptions.some(
    (e) => e.date === date && e.branchId === pattern.branchId && (e.patternId === null || e.patternId === pattern.id),
  );
}

/** One session a pattern gives on one date, before places are counted. */
export interface Occurrence {
  id: string;
  pattern: SessionPattern;
  date: string;
  start: string;
  end: string;
}

/** Every session the patterns give from `from` for `days` days, in date and time order. */
export function occurrences(
  patterns: readonly SessionPattern[],
  exceptions: readonly SessionException[],
  from: string,
  days: number,
): Occurrence[] {
  const found: Occurrence[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    for (const pattern of patterns) {
      if (!runsOn(pattern, date, exceptions)) continue;
      found.push({
        id: slotId(pattern.id, date),
        pattern,
        date,
        start: pattern.start,
        end: addMinutes(pattern.start, pattern.durationMinutes),
      });
    }
  }
  return found.sort((a, b) => `${a.date}T${a.start}`.localeCompare(`${b.date}T${b.start}`));
}

/** A drop-in occurrence as kiosks show it. */
export function dropInOf(o: Occurrence): DropIn {
  return {
    branchId: o.pattern.branchId,
    date: o.date,
    start: o.start,
    end: o.end,
    topics: o.pattern.topics,
    languages: o.pattern.languages,
  };
}

/**
 * The instant (ISO 8601, UTC) a date begins at the library, for comparing with stored instants.
 * Clocks in Sweden change at 02:00 and 03:00, never at midnight, so one offset read at that
 * midnight is exact.
 */
export function libraryDayStart(date: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const wall = Date.parse(`${libraryLocal(new Date(utcMidnight))}:00Z`);
  return new Date(utcMidnight - (wall - utcMidnight)).toISOString();
}
