import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingAnswer, BookingRequest } from '../../src/domain/help.js';
import { LANGUAGES } from '../../src/domain/languages.js';
import { parseSlotId } from '../../src/domain/slot-rules.js';
import { reminderMessage } from '../../src/server/reminders/message.js';
import { type ReminderDeps, sendDueReminders } from '../../src/server/reminders/reminder-job.js';
import type { ReminderSender, SmsMessage } from '../../src/server/reminders/sender.js';
import { smtpSender } from '../../src/server/reminders/smtp-sender.js';
import { loadReminderTexts } from '../../src/server/reminders/texts.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { testServer } from '../helpers/server.js';
import { parseMail, startSmtp } from '../helpers/smtp.js';

type Server = Awaited<ReturnType<typeof testServer>>;

const HOUR_MS = 3600_000;
const EMAIL = 'amina.visitor@example.org';
const PHONE = '070-123 45 67';
const ARABIC_WHY = 'تصلك هذه الرسالة لأنك طلبت تذكيرًا على الجهاز اللوحي في المكتبة.';

/** An instant the afternoon before a session day: a session at noon that day is under 24 hours away. */
function dayBefore(slot: string): Date {
  const date = parseSlotId(slot)?.date;
  if (!date) throw new Error(`not a slot id: ${slot}`);
  return new Date(Date.parse(`${date}T12:00:00Z`) - 20 * HOUR_MS);
}

/** A sender double that keeps SMS messages (and e-mails, if asked for) instead of sending them. */
function recordingSmsSender(email: ReminderSender): ReminderSender & { sms: SmsMessage[] } {
  const sms: SmsMessage[] = [];
  return {
    sms,
    sendEmail: (message) => email.sendEmail(message),
    async sendSms(message) {
      sms.push(message);
      return 'sent';
    },
  };
}

let server: Server;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let deps: ReminderDeps;
let logged: string[];

beforeEach(async () => {
  smtp = await startSmtp();
  // A server that sends e-mail, so requests keep the consent the reminders need.
  server = await testServer({ smtpUrl: smtp.url });
  logged = [];
  const record = (...args: unknown[]) => {
    logged.push(JSON.stringify(args));
  };
  deps = {
    db: server.db,
    log: { info: record, warn: record, error: record },
    texts: await loadReminderTexts(resolve('locales')),
  };
});
afterEach(async () => {
  await smtp.close();
  await server.close();
});

/** Makes a request through the real kiosk API and returns its answer. */
async function request(slots: string[], overrides: Partial<BookingRequest>): Promise<BookingAnswer> {
  const response = await postBooking(server, bookingBody(slots, overrides));
  expect(response.statusCode).toBe(201);
  return response.json<BookingAnswer>();
}

const reminderSentAt = async (reference: string) =>
  (
    await server.db
      .selectFrom('booking')
      .select('reminder_sent_at')
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow()
  ).reminder_sent_at;

describe('help-session reminders', () => {
  it('e-mails a confirmed request for a session tomorrow once, in Arabic, however often the job runs', async () => {
    const slot = await addSession(server, { daysAhead: 1 });
    const answer = await request([slot], { email: EMAIL, consent: true });
    expect(answer.outcome).toBe('confirmed');
    const sender = smtpSender(smtp.url, 'Biblioteket <noreply@bibliotek.test>');
    const now = dayBefore(slot);

    expect(await sendDueReminders(deps, sender, now)).toEqual({ sent: 1, failed: 0, notConfigured: 0 });
    expect(await sendDueReminders(deps, sender, new Date(now.getTime() + 5 * 60_000))).toEqual({
      sent: 0,
      failed: 0,
      notConfigured: 0,
    });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual([EMAIL]);
    const { subject, headers, text } = parseMail(mail?.raw ?? '');
    expect(headers.get('to')).toBe(EMAIL);
    expect(headers.get('content-language')).toBe('ar');
    expect(subject).toContain('تذكير');
    expect(subject).toContain('Stadsbiblioteket');
    const date = new Intl.DateTimeFormat('ar-u-ca-gregory', {
      timeZone: 'Europe/Stockholm',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(new Date(`${parseSlotId(slot)?.date}T12:00:00Z`));
    expect(subject).toContain(date);
    expect(text).toContain(`رمزك المرجعي: ${answer.reference}`);
    // The place in Arabic, as the seed has it.
    expect(text).toContain('الطابق 1، المساعدة الرقمية بجانب أجهزة الكمبيوتر');
    expect(text).not.toContain('Plan 1, Digital hjälp vid datorerna');
    expect(text).toContain(date);
    expect(text).toContain('12:00–12:30');
    expect(text).toContain(ARABIC_WHY);
    // The reminder says nothing it need not: not even the visitor's first name.
    expect(text).not.toContain('Amina');
    expect(await reminderSentAt(answer.reference)).toBe(now.toISOString());
  });

  it('sends nothing without consent or an address, for a request still waiting, or for a session next week', async () => {
    const tomorrow = await addSession(server, { daysAhead: 1, capacity: 5 });
    const nextWeek = await addSession(server, { daysAhead: 8 });
    // An address for staff to write to, without consent to a reminder; and consent withdrawn afterwards.
    await request([tomorrow], { email: EMAIL, consent: false });
    const withdrawn = await request([tomorrow], { email: EMAIL, consent: true });
    await server.db.updateTable('booking').set({ consent: 0 }).where('reference', '=', withdrawn.reference).execute();
    await request([tomorrow], {});
    const waiting = await request([], { email: EMAIL, consent: true });
    expect(waiting.outcome).toBe('waiting');
    const later = await request([nextWeek], { email: EMAIL, consent: true });
    expect(later.outcome).toBe('confirmed');
    const cancelled = await request([tomorrow], { email: EMAIL, consent: true });
    await server.db
      .updateTable('booking')
      .set({ status: 'cancelled' })
      .where('reference', '=', cancelled.reference)
      .execute();

    const sender = smtpSender(smtp.url, 'Biblioteket <noreply@bibliotek.test>');
    expect(await sendDueReminders(deps, sender, dayBefore(tomorrow))).toEqual({ sent: 0, failed: 0, notConfigured: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('leaves a reminder the mail server refused unsent, without logging the address, and sends it on a later run', async () => {
    const slot = await addSession(server, { daysAhead: 1 });
    const answer = await request([slot], { email: EMAIL, consent: true });
    const sender = smtpSender(smtp.url, 'Biblioteket <noreply@bibliotek.test>');
    const now = dayBefore(slot);

    smtp.state.refuse = true;
    expect(await sendDueReminders(deps, sender, now)).toEqual({ sent: 0, failed: 1, notConfigured: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await reminderSentAt(answer.reference)).toBeNull();
    expect(logged.join('\n')).toContain('could not be sent');
    expect(logged.join('\n')).not.toContain(EMAIL);
    expect(logged.join('\n')).not.toContain('Amina');

    smtp.state.refuse = false;
    const later = new Date(now.getTime() + 5 * 60_000);
    expect(await sendDueReminders(deps, sender, later)).toEqual({ sent: 1, failed: 0, notConfigured: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual([[EMAIL]]);
    expect(await reminderSentAt(answer.reference)).toBe(later.toISOString());
  });

  it('hands a phone-only request to the SMS sender, and leaves it unsent while SMS is not set up', async () => {
    const slot = await addSession(server, { daysAhead: 1 });
    const answer = await request([slot], { phone: PHONE, consent: true });
    // The API records no consent to a reminder by SMS while the server has no SMS sender; a
    // request from when it had one still holds it.
    await server.db.updateTable('booking').set({ consent: 1 }).where('reference', '=', answer.reference).execute();
    const now = dayBefore(slot);

    const emailOnly = smtpSender(smtp.url, 'Biblioteket <noreply@bibliotek.test>');
    expect(await sendDueReminders(deps, emailOnly, now)).toEqual({ sent: 0, failed: 0, notConfigured: 1 });
    expect(await reminderSentAt(answer.reference)).toBeNull();

    const withSms = recordingSmsSender(emailOnly);
    expect(await sendDueReminders(deps, withSms, now)).toEqual({ sent: 1, failed: 0, notConfigured: 0 });
    expect(await sendDueReminders(deps, withSms, now)).toEqual({ sent: 0, failed: 0, notConfigured: 0 });
    expect(withSms.sms).toHaveLength(1);
    expect(withSms.sms[0]).toMatchObject({ to: PHONE, lang: 'ar' });
    expect(withSms.sms[0]?.text).toContain(answer.reference);
    expect(withSms.sms[0]?.text).toContain(ARABIC_WHY);
    expect(smtp.received).toHaveLength(0);
  });

  it('writes a whole reminder in every shipped language, with its own date names', async () => {
    const session = {
      reference: 'K7M-4QX',
      date: '2026-03-13',
      start: '14:00',
      end: '15:00',
      branchName: 'Stadsbiblioteket',
      place: 'Plan 1',
    };
    const swedish = reminderMessage({ ...session, language: 'sv' }, deps.texts('sv'));
    expect(swedish.subject).toBe('Påminnelse: digital hjälp på Stadsbiblioteket fredag 13 mars kl. 14:00');
    expect(swedish.text).toContain('När: fredag 13 mars kl. 14:00–15:00');
    for (const { code } of LANGUAGES) {
      const message = reminderMessage({ ...session, language: code }, deps.texts(code));
      expect(message.text, code).toContain('K7M-4QX');
      expect(message.subject, code).toContain('Stadsbiblioteket');
      // A missing string would show as its key, a missing value as its placeholder.
      const keys = ['subject', 'greeting', 'intro', 'when', 'where', 'reference', 'bring', 'why', 'sms'];
      for (const line of [message.subject, ...message.text.split('\n'), message.short]) {
        expect(keys, code).not.toContain(line);
        expect(line, code).not.toContain('{{');
      }
      if (!code.startsWith('sv')) expect(message.text, code).not.toContain(swedish.text.split('\n')[2]);
    }
    // Dari and Persian get the Gregorian month (March), not the solar Hijri one.
    expect(reminderMessage({ ...session, language: 'prs' }, deps.texts('prs')).subject).toContain('مارچ');
  });
});
