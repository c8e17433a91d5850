import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { addDays, libraryLocal } from '../../domain/slot-rules.js';
import type { Database } from '../db/schema.js';
import { type DueReminder, reminderRepository } from '../repositories/reminder-repository.js';
import { reminderMessage } from './message.js';
import { type ReminderSender, type SendResult, safeSendError } from './sender.js';
import type { ReminderTexts } from './texts.js';

/** What the job needs of the app. */
export interface ReminderDeps {
  db: Kysely<Database>;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  texts: ReminderTexts;
}

/** One run's tally: reminders sent, sends that failed (tried again next run), and requests whose only channel is not set up. */
export interface ReminderCounts {
  sent: number;
  failed: number;
  notConfigured: number;
}

/** Sends one reminder: by e-mail when the visitor gave an address, else by SMS. */
function send(sender: ReminderSender, due: DueReminder, deps: ReminderDeps): Promise<SendResult> {
  const message = reminderMessage(due, deps.texts(due.language));
  // One reminder per request: e-mail when there is an address, the phone only when there is not.
  if (due.email)
    return sender.sendEmail({ to: due.email, subject: message.subject, text: message.text, lang: message.lang });
  if (due.phone) return sender.sendSms({ to: due.phone, text: message.short, lang: message.lang });
  return Promise.resolve('not-configured');
}

/**
 * Sends a reminder for every confirmed request with consent whose session starts within the next
 * day (the library's wall clock: from now until the same time tomorrow), once: a request is marked
 * reminded only after its send succeeded, so a failed one is tried again on the next run.
 */
export async function sendDueReminders(
  deps: ReminderDeps,
  sender: ReminderSender,
  now = new Date(),
): Promise<ReminderCounts> {
  const reminders = reminderRepository(deps.db);
  const from = libraryLocal(now);
  const until = `${addDays(from.slice(0, 10), 1)}${from.slice(10)}`;
  const counts: ReminderCounts = { sent: 0, failed: 0, notConfigured: 0 };
  for (const due of await reminders.due(from, until)) {
    try {
      if ((await send(sender, due, deps)) === 'sent') {
        await reminders.markSent(due.id, now);
        counts.sent++;
      } else {
        counts.notConfigured++;
      }
    } catch (error) {
      counts.failed++;
      deps.log.warn(
        { booking: due.id, channel: due.email ? 'email' : 'sms', error: safeSendError(error) },
        'a reminder could not be sent; it is tried again on the next run',
      );
    }
  }
  return counts;
}

/**
 * Runs `sendDueReminders` now and every `intervalMs`, never two runs at once. Returns the function
 * that stops it; its promise settles when a run under way has finished, so the database can close.
 */
export function startReminders(deps: ReminderDeps, sender: ReminderSender, intervalMs: number): () => Promise<void> {
  let running: Promise<void> | null = null;
  let toldNotConfigured = false;
  const run = () => {
    // A run still sending (a slow mail server) is left to finish; the next tick picks up the rest.
    if (running) return;
    running = sendDueReminders(deps, sender)
      .then(
        (counts) => {
          if (counts.sent > 0) deps.log.info({ reminders: counts.sent }, 'sent help-session reminders');
          // Said once per start, not every run for every phone-only request.
          if (counts.notConfigured > 0 && !toldNotConfigured) {
            toldNotConfigured = true;
            deps.log.warn({ requests: counts.notConfigured }, 'some reminders need SMS, which is not set up');
          }
        },
        (error: unknown) => deps.log.error({ err: error }, 'the reminder run failed'),
      )
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
