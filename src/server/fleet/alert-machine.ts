import type { KioskState } from '../../domain/schemas/rules.js';

/**
 * The alert state machine: per kiosk, from what staff have been told so far (the record) and what
 * is observed now, the next record and the notices to send. Pure, so every rule below is a row in
 * a table of tests.
 *
 * The rules, precisely:
 * - State. Staff are told when a kiosk becomes `offline` at the first sweep that sees it, and when
 *   it has been `stale` for STALE_HOLD_MS (a dip of a few minutes is shown in the fleet view but
 *   not e-mailed). Never twice for the same state, and not `stale` after `offline` (a kiosk that
 *   beats once and falls silent again is still the kiosk they were told is offline). Recovery is
 *   told only after the kiosk has stayed online for RECOVERY_HOLD_MS, longer than it takes to go
 *   stale again, so a flapping network sends one notice and one recovery, not a stream. A kiosk
 *   that recovers before anyone was told sends nothing.
 * - `never-seen` sends nothing ever; `revoked` sends nothing and forgets the record (an admin
 *   revoked it and knows).
 * - Health (content behind, outbox stuck, storage high) is judged only from a fresh beat of an
 *   online kiosk (the sweep passes null figures otherwise); a gap in the beats restarts a condition's clock unless it was
 *   already told, so a tablet switched off for the night or the weekend does not bring a false
 *   alarm back with its first beat.
 *   - Content: behind when the kiosk lacks a version that has been in force for a day
 *     (CONTENT_BEHIND_AFTER_MS, decided by the sweep), and still so after CONTENT_HOLD_MS online
 *     (a kiosk just switched on gets time to sync). Cleared when it has caught up.
 *   - Outbox: stuck when requests have been pending at every beat for OUTBOX_STUCK_AFTER_MS
 *     without once being empty. Cleared when it is empty.
 *   - Storage: high above STORAGE_HIGH of the quota; cleared only below STORAGE_CLEAR, so a figure
 *     hovering at 80 % is told once.
 * Each told condition is told again as cleared, once.
 */

const MINUTE_MS = 60_000;

/** How long a kiosk must stay stale before staff are told (one more beat interval). */
export const STALE_HOLD_MS = 5 * MINUTE_MS;
/** How long a kiosk must stay online before its recovery is told: longer than the 16 minutes it takes to go stale. */
export const RECOVERY_HOLD_MS = 20 * MINUTE_MS;
/** A kiosk is behind when it lacks a content version that has been in force this long. */
export const CONTENT_BEHIND_AFTER_MS = 24 * 60 * MINUTE_MS;
/** …and is still behind after being online this long. */
export const CONTENT_HOLD_MS = 30 * MINUTE_MS;
/** Requests pending at every beat this long, never empty, is an outbox that is not draining. */
export const OUTBOX_STUCK_AFTER_MS = 60 * MINUTE_MS;
/** Storage used above this share of the quota is told… */
export const STORAGE_HIGH = 0.8;
/** …and cleared only below this one. */
export const STORAGE_CLEAR = 0.75;

/** The states staff can have been told about (`online`: nothing to report). */
export type ToldState = 'online' | 'stale' | 'offline';

/** What the machine keeps per kiosk between sweeps. Times are ISO strings, as stored. */
export interface AlertRecord {
  told: ToldState;
  /** Since when the kiosk has been stale, while that is not told yet. */
  staleSince: string | null;
  /** Since when the kiosk has been online again after a told stale or offline state. */
  onlineSince: string | null;
  contentSince: string | null;
  contentTold: boolean;
  outboxSince: string | null;
  outboxTold: boolean;
  storageTold: boolean;
}

/** A kiosk with no record yet: nothing told, no clock running. */
export const QUIET_RECORD: AlertRecord = {
  told: 'online',
  staleSince: null,
  onlineSince: null,
  contentSince: null,
  contentTold: false,
  outboxSince: null,
  outboxTold: false,
  storageTold: false,
};

/**
 * What a sweep sees of a kiosk now. Health figures come from its newest beat, and are null when
 * that beat is not fresh (`beatIsFresh`): a tablet switched off at closing is still `online` by
 * opening minutes all night, but what it last said about its outbox is no longer news.
 */
export interface Observation {
  state: KioskState;
  /** The kiosk's content version is older than one in force for a day; null: not known. */
  contentBehind: boolean | null;
  outboxPending: number | null;
  /** Storage used as a share of the quota; null: not reported. */
  storageShare: number | null;
}

export type NoticeKind =
  | 'stale'
  | 'offline'
  | 'recovered'
  | 'content-behind'
  | 'content-caught-up'
  | 'outbox-stuck'
  | 'outbox-draining'
  | 'storage-high'
  | 'storage-ok';

/** One thing to tell staff about one kiosk. `from` is the state a recovery ends. */
export interface Notice {
  kind: NoticeKind;
  from?: ToldState;
}

const RANK: Record<ToldState, number> = { online: 0, stale: 1, offline: 2 };

/** A running clock: its start, or now if it has none. */
const since = (start: string | null, now: string) => start ?? now;
const elapsed = (start: string, nowMs: number) => nowMs - Date.parse(start);

/**
 * One condition's step with a hold: `seen` true starts (or keeps) its clock and tells it once held
 * long enough; false stops the clock and clears what was told; null (no fresh figure) keeps a told
 * condition and restarts an untold one's clock.
 */
function holdStep(
  seen: boolean | null,
  startedAt: string | null,
  told: boolean,
  holdMs: number,
  now: string,
  nowMs: number,
): { since: string | null; told: boolean; change: 'told' | 'cleared' | null } {
  if (seen === null) return { since: told ? startedAt : null, told, change: null };
  if (!seen) return { since: null, told: false, change: told ? 'cleared' : null };
  const start = since(startedAt, now);
  if (told) return { since: start, told, change: null };
  return elapsed(start, nowMs) >= holdMs
    ? { since: start, told: true, change: 'told' }
    : { since: start, told, change: null };
}

interface StateStep {
  told: ToldState;
  staleSince: string | null;
  onlineSince: string | null;
  notice: Notice | null;
}

/** The state part: offline told at once, stale after its hold, recovery after its hold. */
function stateStep(record: AlertRecord, state: ToldState, now: string, nowMs: number): StateStep {
  const quiet = { told: record.told, staleSince: null, onlineSince: null, notice: null };
  if (state === 'online') {
    if (record.told === 'online') return quiet;
    const start = since(record.onlineSince, now);
    if (elapsed(start, nowMs) < RECOVERY_HOLD_MS) return { ...quiet, onlineSince: start };
    return { ...quiet, told: 'online', notice: { kind: 'recovered', from: record.told } };
  }
  if (RANK[state] <= RANK[record.told]) return quiet;
  if (state === 'offline') return { ...quiet, told: 'offline', notice: { kind: 'offline' } };
  const start = since(record.staleSince, now);
  if (elapsed(start, nowMs) < STALE_HOLD_MS) return { ...quiet, staleSince: start };
  return { ...quiet, told: 'stale', notice: { kind: 'stale' } };
}

/**
 * The next alert record for a kiosk and the notices it owes staff, from its record and what is
 * observed at `now` (the rules are in this module's header).
 */
export function nextAlert(
  record: AlertRecord,
  seen: Observation,
  now: Date,
): { record: AlertRecord; notices: Notice[] } {
  if (seen.state === 'never-seen' || seen.state === 'revoked') return { record: QUIET_RECORD, notices: [] };
  const nowIso = now.toISOString();
  const nowMs = now.getTime();
  const notices: Notice[] = [];
  const state = stateStep(record, seen.state, nowIso, nowMs);
  if (state.notice) notices.push(state.notice);

  // Health figures count only while beats arrive.
  const fresh = seen.state === 'online';
  const content = holdStep(
    fresh ? seen.contentBehind : null,
    record.contentSince,
    record.contentTold,
    CONTENT_HOLD_MS,
    nowIso,
    nowMs,
  );
  if (content.change) notices.push({ kind: content.change === 'told' ? 'content-behind' : 'content-caught-up' });

  const pending = fresh ? seen.outboxPending : null;
  const outbox = holdStep(
    pending === null ? null : pending > 0,
    record.outboxSince,
    record.outboxTold,
    OUTBOX_STUCK_AFTER_MS,
    nowIso,
    nowMs,
  );
  if (outbox.change) notices.push({ kind: outbox.change === 'told' ? 'outbox-stuck' : 'outbox-draining' });

  // Storage has no clock: its band between the two marks is the hysteresis.
  const share = fresh ? seen.storageShare : null;
  let storageTold = record.storageTold;
  if (share !== null && !storageTold && share > STORAGE_HIGH) {
    storageTold = true;
    notices.push({ kind: 'storage-high' });
  } else if (share !== null && storageTold && share < STORAGE_CLEAR) {
    storageTold = false;
    notices.push({ kind: 'storage-ok' });
  }

  return {
    record: {
      told: state.told,
      staleSince: state.staleSince,
      onlineSince: state.onlineSince,
      contentSince: content.since,
      contentTold: content.told,
      outboxSince: outbox.since,
      outboxTold: outbox.told,
      storageTold,
    },
    notices,
  };
}

/** True when two records are the same, so a sweep writes only records that changed. */
export function sameRecord(a: AlertRecord, b: AlertRecord): boolean {
  return (
    a.told === b.told &&
    a.staleSince === b.staleSince &&
    a.onlineSince === b.onlineSince &&
    a.contentSince === b.contentSince &&
    a.contentTold === b.contentTold &&
    a.outboxSince === b.outboxSince &&
    a.outboxTold === b.outboxTold &&
    a.storageTold === b.storageTold
  );
}
