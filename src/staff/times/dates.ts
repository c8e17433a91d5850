import { consoleLocale } from '../i18n.js';

/** Sessions run on the library's clock, whatever the staff computer's time zone. */
const LIBRARY_TIME_ZONE = 'Europe/Stockholm';

/** ISO weekdays, Monday first, as keys of OpeningHours. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];

/** Today's date at the library, `YYYY-MM-DD`. */
export function todayAtLibrary(now = new Date()): string {
  // Swedish writes dates as ISO does.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: LIBRARY_TIME_ZONE }).format(now);
}

/** A `YYYY-MM-DD` date `days` later (or earlier); calendar arithmetic, so no clock change moves it. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The ISO weekday (1 = Monday) of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** A weekday's name in the console's language (1 = Monday); 2024-01-01 was a Monday. */
export function weekdayName(weekday: number, lang: string): string {
  return new Intl.DateTimeFormat(consoleLocale(lang), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** A date as people read it: "tisdag 12 maj 2026" / "Tuesday 12 May 2026". */
export function formatDay(date: string, lang: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(consoleLocale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/** A short date for lists and choices: "tis 12 maj" / "Tue 12 May". */
export function formatShortDay(date: string, lang: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(consoleLocale(lang), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(at);
}

/** `HH:MM` plus minutes, as `HH:MM` (sessions do not run past midnight). */
export function endTime(start: string, minutes: number): string {
  const [hours = 0, mins = 0] = start.split(':').map(Number);
  const total = Math.min(hours * 60 + mins + minutes, 24 * 60 - 1);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
