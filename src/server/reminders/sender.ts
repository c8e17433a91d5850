/**
 * The channels a reminder can go out on. Each channel is its own method, so a library can set up
 * e-mail without SMS (or later SMS without e-mail) and the job still knows which it may use.
 */

/** A reminder written out in the visitor's language, before it is addressed to anyone. */
export interface Reminder {
  /** The language the text is in, as a BCP 47 tag (for Content-Language). */
  lang: string;
  subject: string;
  /** The whole message, for e-mail. */
  text: string;
  /** The same in a few words, for SMS. */
  short: string;
}

/** An e-mail to one visitor; `lang` is the BCP 47 tag of its text. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  lang: string;
}

/** A text message to one visitor's phone number, as they typed it at the kiosk. */
export interface SmsMessage {
  to: string;
  text: string;
  lang: string;
}

/**
 * What a send came to: `sent`, or `not-configured` when the channel is not set up here and nothing
 * was tried. A send that was tried and failed throws, so it can never be taken for a sent one.
 */
export type SendResult = 'sent' | 'not-configured';

/** One method per channel; each resolves `sent` or `not-configured`, or throws when a send failed. */
export interface ReminderSender {
  sendEmail(message: EmailMessage): Promise<SendResult>;
  sendSms(message: SmsMessage): Promise<SendResult>;
}

/**
 * The SMS side while the library has no SMS provider: it says so instead of pretending, so a
 * phone-only request stays unreminded (and is counted) rather than marked as reminded.
 */
export const noSmsSender: Pick<ReminderSender, 'sendSms'> = {
  sendSms: async () => 'not-configured',
};

/**
 * The parts of a send error that say what went wrong without saying to whom: an SMTP error's
 * message and server response may quote the recipient's address, so neither is logged.
 */
export function safeSendError(error: unknown): Record<string, unknown> {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; responseCode?: unknown; command?: unknown };
  return { name: e.name, code: e.code, responseCode: e.responseCode, command: e.command };
}
