import type { App } from '../app.js';
import { type AlertSweepDeps, alertSweep } from '../fleet/alert-sweep.js';
import { deleteExpiredPersonalData } from '../help/retention.js';
import { type ReminderDeps, sendDueReminders } from '../reminders/reminder-job.js';
import type { ReminderSender } from '../reminders/sender.js';
import type { Job } from './runner.js';

const MINUTE_MS = 60_000;

/** Deleting visitors' personal data past its days, every hour. */
export function retentionJob(app: App): Job {
  return {
    name: 'retention',
    everyMs: 60 * MINUTE_MS,
    run: async (now) => ({ requests: await deleteExpiredPersonalData(app, now) }),
  };
}

/** Help-session reminders, every five minutes. */
export function reminderJob(deps: ReminderDeps, sender: ReminderSender): Job {
  let toldNotConfigured = false;
  return {
    name: 'reminders',
    everyMs: 5 * MINUTE_MS,
    async run(now) {
      const counts = await sendDueReminders(deps, sender, now);
      // Said once per start, not every run for every phone-only request.
      if (counts.notConfigured > 0 && !toldNotConfigured) {
        toldNotConfigured = true;
        deps.log.warn({ requests: counts.notConfigured }, 'some reminders need SMS, which is not set up');
      }
      return counts;
    },
  };
}

/**
 * Kiosk states and alerts, every minute: a kiosk offline in opening hours is told within a minute
 * of its 30th silent minute.
 */
export function fleetAlertJob(deps: AlertSweepDeps): Job {
  return { name: 'fleet-alerts', everyMs: MINUTE_MS, run: alertSweep(deps) };
}
