/**
 * The pure logic of the request flow's time screens: which slots a visitor sees and in what order,
 * and how dates and times are written in the visitor's language. No DOM, no i18next: testable.
 *
 * Slot and drop-in times are wall-clock times at the library (Europe/Stockholm); the feed's
 * `generatedAt` is an ISO instant.
 */
import type { Branch, DropIn, Slot, SlotFeed } from '../../domain/help.js';
import { LIBRARY_TIME_ZONE, libraryLocal } from '../../domain/slot-rules.js';

export { LIBRARY_TIME_ZONE };

/** A wall-clock moment at the library: `YYYY-MM-DD` and `HH:MM`. */
export interface WallClock {
  date: string;
  time: string;
}

/** The slots of one date, in the order they are shown. */
export interface DayGroup {
  date: string;
  slots: Slot[];
}

/** The time screen's list: slots whose helper speaks the visitor's language first. */
export interface SlotArrangement {
  /** Slots whose helper speaks the language, grouped by date, earliest first. */
  matching: DayGroup[];
  /** The other slots, grouped by date, earliest first. */
  others: DayGroup[];
  /** Whether any upcoming slot at the branch has a helper who speaks the language. */
  helperSpeaks: boolean;
  /** Whether any upcoming slot has a place left. */
  anyOpen: boolean;
}

/** The library's wall clock at an instant. */
export function libraryWallClock(instant: Date): WallClock {
  const local = libraryLocal(instant);
  return { date: local.slice(0, 10), time: local.slice(11) };
}

function wallClockAsUtc(date: string, time: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** The instant of a wall-clock time at the library (right on both sides of a daylight-saving change). */
export function libraryInstant(date: string, time: string): Date {
  const asUtc = wallClockAsUtc(date, time);
  const offsetAt = (ms: number) => {
    const clock = libraryWallClock(new Date(ms));
    return wallClockAsUtc(clock.date, clock.time) - Math.floor(ms / 60_000) * 60_000;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

/**
 * Whether a helper who speaks `languages` can help in `language`. A Swedish-speaking helper
 * speaks easy Swedish too.
 */
export function speaks(languages: readonly string[], language: string): boolean {
  return languages.includes(language) || (language === 'sv-x-easy' && languages.includes('sv'));
}

/** The languages (codes) some helper at these slots speaks, easy Swedish with Swedish. */
export function languagesWithHelper(slots: readonly Slot[]): Set<string> {
  const codes = new Set(slots.flatMap((s) => s.languages));
  if (codes.has('sv')) codes.add('sv-x-easy');
  return codes;
}

export const isOpen = (slot: Slot): boolean => slot.placesLeft > 0;

const startKey = (item: { date: string; start: string }) => `${item.date}T${item.start}`;
const byTime = <T extends { date: string; start: string }>(a: T, b: T) => startKey(a).localeCompare(startKey(b));

/** The slots at a branch that have not started yet at `now`, earliest first (full ones too). */
export function upcomingSlots(feed: SlotFeed | null, branchId: string, now: Date): Slot[] {
  if (!feed) return [];
  const clock = libraryWallClock(now);
  const nowKey = `${clock.date}T${clock.time}`;
  return feed.slots.filter((s) => s.branchId === branchId && startKey(s) > nowKey).sort(byTime);
}

/** Slots whose helper speaks the language first, then the others; each part by time. */
export function orderSlots(slots: readonly Slot[], language: string): Slot[] {
  const rank = (s: Slot) => (speaks(s.languages, language) ? 0 : 1);
  return [...slots].sort((a, b) => rank(a) - rank(b) || byTime(a, b) || a.id.localeCompare(b.id));
}

/** Consecutive slots of the same date together, keeping the order given. */
export function groupByDate(slots: readonly Slot[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const slot of slots) {
    const last = groups.at(-1);
    if (last?.date === slot.date) last.slots.push(slot);
    else groups.push({ date: slot.date, slots: [slot] });
  }
  return groups;
}

/** What the time screen shows for a branch and a language at `now`. */
export function arrangeSlots(
  feed: SlotFeed | null,
  options: { branchId: string; language: string; now: Date; exclude?: readonly string[] },
): SlotArrangement {
  const upcoming = upcomingSlots(feed, options.branchId, options.now);
  const shown = upcoming.filter((s) => !options.exclude?.includes(s.id));
  const ordered = orderSlots(shown, options.language);
  return {
    matching: groupByDate(ordered.filter((s) => speaks(s.languages, options.language))),
    others: groupByDate(ordered.filter((s) => !speaks(s.languages, options.language))),
    helperSpeaks: languagesWithHelper(upcoming).has(options.language),
    anyOpen: shown.some(isOpen),
  };
}

/** The drop-in hours at a branch that have not ended yet, earliest first. */
export function upcomingDropIns(feed: SlotFeed | null, branchId: string, now: Date, limit = 3): DropIn[] {
  if (!feed) return [];
  const clock = libraryWallClock(now);
  const nowKey = `${clock.date}T${clock.time}`;
  return feed.dropIns
    .filter((d) => d.branchId === branchId && `${d.date}T${d.end}` > nowKey)
    .sort(byTime)
    .slice(0, limit);
}

/** The branches a visitor can choose from, by name. */
export function branchesOf(feed: SlotFeed | null): Branch[] {
  return feed ? [...feed.branches].sort((a, b) => a.name.localeCompare(b.name, 'sv')) : [];
}

/** The locale `Intl` is asked for: easy Swedish is Swedish, Dari is Afghan Persian. */
export function intlLocale(code: string): string {
  if (code === 'sv-x-easy') return 'sv';
  if (code === 'prs') return 'fa-AF';
  return code;
}

/** Whether this browser has date names for the locale (Chromium has none for Somali or Tigrinya). */
export function hasDateNames(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/**
 * Writes a date in the visitor's language when the browser cannot: `weekday` 1 = Monday … 7,
 * `month` 1 = January … 12. The kiosk builds it from its translated names.
 */
export type DayFallback = (parts: { weekday: number; day: number; month: number }) => string;

export interface DateTimeWriter {
  /** "tisdag 24 november" */
  day(date: string): string;
  /** "10:00" */
  time(date: string, time: string): string;
  /** "10:00–11:00" */
  span(date: string, start: string, end: string): string;
  /** "tisdag 24 november 10:00–11:00" */
  slot(item: { date: string; start: string; end: string }): string;
  /** A feed's age: "14:05" today, else with its date. */
  asOf(instant: Date, now: Date): string;
}

/**
 * Dates and times for the visitor's language, in the library's time zone, Gregorian calendar
 * (the one every letter and sign in Sweden uses), 24-hour clock. `names` says whether the browser
 * has the language's date names; without them `fallback` writes the date.
 */
export function dateTimeWriter(
  code: string,
  fallback: DayFallback,
  names = hasDateNames(intlLocale(code)),
): DateTimeWriter {
  const locale = names ? `${intlLocale(code)}-u-ca-gregory` : 'sv';
  const dayFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: LIBRARY_TIME_ZONE,
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: LIBRARY_TIME_ZONE,
  });
  const day = (date: string) => {
    if (names) return dayFormat.format(libraryInstant(date, '12:00'));
    const [year = 1970, month = 1, dayOfMonth = 1] = date.split('-').map(Number);
    const weekday = ((new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay() + 6) % 7) + 1;
    return fallback({ weekday, day: dayOfMonth, month });
  };
  const time = (date: string, hhmm: string) => timeFormat.format(libraryInstant(date, hhmm));
  const span = (date: string, start: string, end: string) => {
    const from = libraryInstant(date, start);
    const to = libraryInstant(date, end);
    return typeof timeFormat.formatRange === 'function' && to > from
      ? timeFormat.formatRange(from, to)
      : `${time(date, start)}–${time(date, end)}`;
  };
  return {
    day,
    time,
    span,
    slot: (item) => `${day(item.date)} ${span(item.date, item.start, item.end)}`,
    asOf: (instant, now) => {
      const at = libraryWallClock(instant);
      const clock = time(at.date, at.time);
      return at.date === libraryWallClock(now).date ? clock : `${day(at.date)} ${clock}`;
    },
  };
}

/**
 * The feed as a visitor with this topic sees it: sessions meant for other topics are left out;
 * sessions with no topics are for any. `topics` is the guide and its category; empty (the visitor
 * asked about something else) keeps every session.
 */
export function feedForTopic(feed: SlotFeed | null, topics: readonly string[]): SlotFeed | null {
  if (!feed || topics.length === 0) return feed;
  const fits = (session: { topics: string[] }) =>
    session.topics.length === 0 || session.topics.some((t) => topics.includes(t));
  return { ...feed, slots: feed.slots.filter(fits), dropIns: feed.dropIns.filter(fits) };
}
