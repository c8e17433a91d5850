import type { OpeningHours } from '../../domain/help.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import { libraryClockFormat } from '../../domain/slot-rules.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How often a kiosk beats (DESIGN.md flow 3). */
export const BEAT_INTERVAL_MS = 5 * MINUTE_MS;
/**
 * Stale after three missed beats: the third is missed when 3 × 5 minutes have passed, plus a minute
 * for the kiosk's jitter and a beat's time on the wire, so a healthy kiosk never touches stale.
 */
export const STALE_AFTER_MS = 3 * BEAT_INTERVAL_MS + MINUTE_MS;
/** Offline after 30 minutes without a beat. */
export const OFFLINE_AFTER_MS = 30 * MINUTE_MS;

/**
 * A branch's opening hours made ready for counting: minutes from local midnight per ISO weekday,
 * and the days it is closed as a whole (local day numbers since 1970-01-01). Built once per sweep
 * per branch, so the rule itself does no parsing.
 */
export interface OpenSchedule {
  /** Index 1..7 (ISO weekday): [open, close) in minutes from local midnight, or null when closed. */
  days: ReadonlyArray<readonly [number, number] | null>;
  /** Local day numbers on which the branch is closed all day. */
  closed: ReadonlySet<number>;
  /** No opening hours were ever entered: every minute counts, so the branch's kiosks are still watched. */
  always: boolean;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The day number of a `YYYY-MM-DD` date (days since 1970-01-01). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/**
 * Opening hours and whole-day closures as the state rule counts them. A day whose close is not after
 * its open counts as closed; a branch with no open day at all counts as always open (its hours were
 * never entered, and a kiosk there must not go unwatched).
 */
export function openSchedule(hours: OpeningHours, closedDates: Iterable<string> = []): OpenSchedule {
  const days: Array<readonly [number, number] | null> = [null];
  for (const weekday of ['1', '2', '3', '4', '5', '6', '7'] as const) {
    const day = hours[weekday];
    const open = day ? minutesOf(day.open) : 0;
    const close = day ? minutesOf(day.close) : 0;
    days.push(day && close > open ? [open, close] : null);
  }
  const closed = new Set<number>();
  for (const date of closedDates) closed.add(dayNumber(date));
  return { days, closed, always: days.every((d) => d === null) };
}

/** Offset of library time from UTC by UTC hour; the zone's offset only ever changes on the hour. */
const offsetByHour = new Map<number, number>();

/** Library time's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer for Stockholm). */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  const known = offsetByHour.get(hour);
  if (known !== undefined) return known;
  const part = Object.fromEntries(
    libraryClockFormat()
      .formatToParts(hour * HOUR_MS)
      .map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day ?? 1, part.hour ?? 0, part.minute ?? 0);
  const offset = wall - hour * HOUR_MS;
  // A sweep asks about a few dozen hours; the bound only matters for a server that runs for years.
  if (offsetByHour.size > 100_000) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

/**
 * Minutes the branch was open between two instants, counted on the library's wall clock (so opening
 * hours follow daylight saving time), stopping once `enough` is reached: an old kiosk costs at most
 * the few days it takes to reach the offline limit, not every day since it was last seen.
 * Counting on the wall clock is exact for any hours that do not span 02:00–03:00 on a night the
 * clocks change.
 */
export function openMsBetween(fromMs: number, toMs: number, schedule: OpenSchedule, enough = Infinity): number {
  if (toMs <= fromMs) return 0;
  if (schedule.always) return toMs - fromMs;
  const from = fromMs + offsetAt(fromMs);
  const to = toMs + offsetAt(toMs);
  let total = 0;
  for (let day = Math.floor(from / DAY_MS); day * DAY_MS < to && total < enough; day++) {
    // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
    const hours = schedule.days[((day + 3) % 7) + 1];
    if (!hours || schedule.closed.has(day)) continue;
    const open = Math.max(day * DAY_MS + hours[0] * MINUTE_MS, from);
    const close = Math.min(day * DAY_MS + hours[1] * MINUTE_MS, to);
    if (close > open) total += close - open;
  }
  return total;
}

/**
 * True when a kiosk's newest beat is recent in real time (not opening minutes), so the figures it
 * carried (outbox, storage, content version) still describe the kiosk now.
 */
export function beatIsFresh(lastSeenMs: number | null, nowMs: number): boolean {
  return lastSeenMs !== null && nowMs - lastSeenMs < STALE_AFTER_MS;
}

/** What the state rule needs of a kiosk. */
export interface KioskSighting {
  revoked: boolean;
  /** Its newest heartbeat; null: never seen. */
  lastSeenMs: number | null;
}

/**
 * A kiosk's state now: `revoked` and `never-seen` as they are; otherwise `online`, `stale` after
 * three missed beats, `offline` after 30 minutes, counting only minutes in its branch's opening
 * hours, so a tablet switched off at closing and on again next morning is never offline overnight.
 */
export function kioskState(kiosk: KioskSighting, nowMs: number, schedule: OpenSchedule): KioskState {
  if (kiosk.revoked) return 'revoked';
  if (kiosk.lastSeenMs === null) return 'never-seen';
  const missed = openMsBetween(kiosk.lastSeenMs, nowMs, schedule, OFFLINE_AFTER_MS);
  if (missed >= OFFLINE_AFTER_MS) return 'offline';
  if (missed >= STALE_AFTER_MS) return 'stale';
  return 'online';
}
