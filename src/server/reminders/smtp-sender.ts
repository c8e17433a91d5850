import { createTransport } from 'nodemailer';
import { noSmsSender, type ReminderSender } from './sender.js';

/**
 * Sends reminder e-mails through the SMTP server in `smtpUrl` (`smtp://user:pass@host:587`, or
 * `smtps://…` for TLS from the start), from `from`. SMS is not set up by this sender.
 */
export function smtpSender(smtpUrl: string, from: string): ReminderSender {
  // Not pooled: one connection per message, so nothing is held open between runs or needs closing.
  const transport = createTransport(
    {
      url: smtpUrl,
      // A mail server that stops answering must not hold the job for nodemailer's default ten
      // minutes: a timed-out send fails and is tried again on the next run.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    },
    { from },
  );
  return {
    async sendEmail({ to, subject, text, lang }) {
      const info = await transport.sendMail({ to, subject, text, headers: { 'Content-Language': lang } });
      // One recipient: a server that took the message but not the address has not delivered it.
      if (info.accepted.length === 0)
        throw Object.assign(new Error('the recipient was not accepted'), { code: 'EENVELOPE' });
      return 'sent';
    },
    sendSms: noSmsSender.sendSms,
  };
}
