import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { KioskState } from '../../domain/schemas/rules.js';
import { addDays, libraryLocal } from '../../domain/slot-rules.js';
import type { Database } from '../db/schema.js';
import { type ReminderSender, safeSendError } from '../reminders/sender.js';
import { CONTENT_BEHIND_AFTER_MS, nextAlert, type Observation, QUIET_RECORD, sameRecord } from './alert-machine.js';
import { alertMail } from './alert-mail.js';
import { alertRepository, type KioskWrite, type PendingNotice, type SweepKiosk } from './alert-repository.js';
import { beatIsFresh, kioskState, type OpenSchedule, openSchedule } from './kiosk-state.js';

/** What the sweep needs of the app. */
export interface AlertSweepDeps {
  db: Kysely<Database>;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /**
   * The mail server (the reminders' `smtpSender`: `to` may list several addresses); null when SMTP
   * is not set up: states are still kept, notices are dropped and that is logged once.
   */
  mail: Pick<ReminderSender, 'sendEmail'> | null;
  /** PUBLIC_URL, for links to each kiosk in the console; null: no links. */
  publicUrl: string | null;
  /**
   * Since when this server has been taking beats (its start); absences before it are not counted.
   * Default: this sweep's first run.
   */
  watchingSince?: Date;
  /** Kiosks read per batch (and per write transaction). */
  batchSize?: number;
}

/** One sweep's tally. */
export interface SweepCounts {
  kiosks: number;
  stateChanges: number;
  notices: number;
  emails: number;
  /** Branch e-mails the mail server refused or never took; their notices are tried next sweep. */
  failed: number;
}

/** Closures further back than this are not read: they only matter while a kiosk's absence is counted. */
const CLOSURE_LOOKBACK_DAYS = 31;
/** Notices per sweep at most, so a mail server down for days does not make one huge read. */
const NOTICES_PER_SWEEP = 5000;
/** Settled notices are kept this long (the state history is `kiosk_state_change`'s, not theirs). */
const NOTICE_KEEP_MS = 90 * 24 * 3600_000;

const RANK: Partial<Record<KioskState, number>> = { online: 0, stale: 1, offline: 2 };

/**
 * A kiosk's state by the rule, for a sweep that has been watching since `watchingSinceMs`: time
 * before that does not count against a kiosk, since beats sent while the server was down had
 * nowhere to go (without this, a server back from an hour away would call every kiosk offline).
 * A kiosk already stale or offline stays at least that until it beats again.
 */
function stateNow(
  kiosk: SweepKiosk,
  lastSeenMs: number | null,
  nowMs: number,
  schedule: OpenSchedule,
  watchingSinceMs: number,
) {
  const real = kioskState({ revoked: kiosk.revoked, lastSeenMs }, nowMs, schedule);
  if (real === 'online' || lastSeenMs === null || lastSeenMs >= watchingSinceMs) return real;
  if (real === 'revoked' || real === 'never-seen') return real;
  const graced = kioskState({ revoked: false, lastSeenMs: watchingSinceMs }, nowMs, schedule);
  return (RANK[graced] ?? 0) >= (RANK[kiosk.state] ?? 0) ? graced : kiosk.state;
}

/** What the sweep observes of a kiosk: its state, and its beat's figures while they are fresh. */
function observe(
  kiosk: SweepKiosk,
  nowMs: number,
  schedule: OpenSchedule,
  dueVersion: number | null,
  watchingSinceMs: number,
): Observation {
  const lastSeenMs = kiosk.lastSeenAt === null ? null : Date.parse(kiosk.lastSeenAt);
  const state = stateNow(kiosk, lastSeenMs, nowMs, schedule, watchingSinceMs);
  if (!beatIsFresh(lastSeenMs, nowMs)) return { state, contentBehind: null, outboxPending: null, storageShare: null };
  const quota = kiosk.storageQuotaKb;
  return {
    state,
    // A kiosk that has no content yet is behind as soon as a version has been in force for a day.
    contentBehind: dueVersion === null ? false : (kiosk.contentVersion ?? 0) < dueVersion,
    outboxPending: kiosk.outboxPending,
    storageShare: quota && kiosk.storageUsedKb !== null ? kiosk.storageUsedKb / quota : null,
  };
}

/**
 * The alert sweep: `alertSweep(deps)(now)` brings every kiosk's state up to date (writing only rows
 * whose state changed, each with a history row), runs the alert machine, and sends one e-mail per
 * branch listing that branch's notices to its alert addresses. A notice is marked sent only once
 * the mail server accepted the e-mail; a failed send is tried again on the next sweep. Run it every
 * minute, in one process at a time.
 */
export function alertSweep(deps: AlertSweepDeps): (now: Date) => Promise<SweepCounts> {
  const alerts = alertRepository(deps.db);
  const batchSize = deps.batchSize ?? 1000;
  // Said once per process, not every minute.
  const toldNoAddresses = new Set<string>();
  let toldNoMailServer = false;
  // The first sweep of this process: absences are counted from here at the earliest.
  let watchingSinceMs: number | null = deps.watchingSince?.getTime() ?? null;

  async function updateStates(now: Date, counts: SweepCounts) {
    const nowIso = now.toISOString();
    const nowMs = now.getTime();
    watchingSinceMs ??= nowMs;
    const watching = watchingSinceMs;
    const today = libraryLocal(now).slice(0, 10);
    const closures = await alerts.closures(addDays(today, -CLOSURE_LOOKBACK_DAYS));
    const schedules = new Map<string, OpenSchedule>();
    for (const b of await alerts.branches()) schedules.set(b.id, openSchedule(b.hours, closures.get(b.id)));
    const dueVersion = await alerts.versionInForceAt(new Date(nowMs - CONTENT_BEHIND_AFTER_MS).toISOString());
    const always = openSchedule({});

    let after = '';
    for (;;) {
      const kiosks = await alerts.kiosks(after, batchSize);
      if (kiosks.length === 0) break;
      after = kiosks[kiosks.length - 1]?.id ?? after;
      const writes: KioskWrite[] = [];
      for (const kiosk of kiosks) {
        const seen = observe(kiosk, nowMs, schedules.get(kiosk.branchId) ?? always, dueVersion, watching);
        const before = kiosk.record ?? QUIET_RECORD;
        const next = nextAlert(before, seen, now);
        const state = seen.state === kiosk.state ? null : seen.state;
        // A kiosk with no record and nothing to keep needs no row.
        const recordChanged = kiosk.record ? !sameRecord(before, next.record) : !sameRecord(QUIET_RECORD, next.record);
        if (state === null && !recordChanged && next.notices.length === 0) continue;
        writes.push({ kiosk, state, record: recordChanged ? next.record : null, notices: next.notices });
      }
      counts.kiosks += kiosks.length;
      const written = await alerts.write(writes, nowIso);
      counts.stateChanges += written.stateChanges;
      counts.notices += written.notices;
      if (kiosks.length < batchSize) break;
    }
  }

  async function sendNotices(now: Date, counts: SweepCounts) {
    const nowIso = now.toISOString();
    const pending = await alerts.pendingNotices(NOTICES_PER_SWEEP);
    if (pending.length === 0) return;
    const byBranch = new Map<string, PendingNotice[]>();
    for (const n of pending) {
      const list = byBranch.get(n.branchId);
      if (list) list.push(n);
      else byBranch.set(n.branchId, [n]);
    }
    const branches = new Map((await alerts.branches()).map((b) => [b.id, b]));

    if (!deps.mail) {
      if (!toldNoMailServer) deps.log.warn('kiosk alerts are not e-mailed: no mail server is set up (SMTP_URL)');
      toldNoMailServer = true;
      await alerts.settle(
        pending.map((n) => n.id),
        'no-mail-server',
        nowIso,
      );
      return;
    }
    for (const [branchId, notices] of byBranch) {
      const branch = branches.get(branchId);
      const ids = notices.map((n) => n.id);
      if (!branch || branch.alertEmails.length === 0) {
        if (!toldNoAddresses.has(branchId))
          deps.log.warn({ branch: branchId }, 'kiosk alerts for this branch go nowhere: it has no alert addresses');
        toldNoAddresses.add(branchId);
        await alerts.settle(ids, 'no-recipients', nowIso);
        continue;
      }
      const message = alertMail(branch.name, notices, deps.publicUrl);
      try {
        // A sender that says it is not set up has sent nothing: the notices wait, as for a refusal.
        const result = await deps.mail.sendEmail({ to: branch.alertEmails.join(', '), ...message, lang: 'sv' });
        if (result !== 'sent') throw Object.assign(new Error('the mail sender is not set up'), { code: result });
      } catch (error) {
        counts.failed++;
        deps.log.warn(
          { branch: branchId, notices: ids.length, error: safeSendError(error) },
          'kiosk alerts could not be e-mailed; they are tried again on the next sweep',
        );
        continue;
      }
      await alerts.settle(ids, 'sent', nowIso);
      counts.emails++;
      deps.log.info({ branch: branchId, notices: ids.length }, 'e-mailed kiosk alerts');
    }
  }

  return async (now: Date) => {
    const counts: SweepCounts = { kiosks: 0, stateChanges: 0, notices: 0, emails: 0, failed: 0 };
    await updateStates(now, counts);
    await sendNotices(now, counts);
    await alerts.forgetSettled(new Date(now.getTime() - NOTICE_KEEP_MS).toISOString());
    return counts;
  };
}
