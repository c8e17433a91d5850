import type { TFunction } from 'i18next';
import { languageFor } from '../../domain/languages.js';
import { LIBRARY_TIME_ZONE } from '../../domain/slot-rules.js';
import type { Reminder } from './sender.js';

/** What a reminder says: the session, where it is, and the visitor's reference code. */
export interface ReminderSession {
  reference: string;
  /** The visitor's language code (one of LANGUAGES). */
  language: string;
  /** `YYYY-MM-DD` and `HH:MM`, the library's wall clock. */
  date: string;
  start: string;
  end: string;
  branchName: string;
  place: string;
}

/**
 * The locale Intl is asked for: easy Swedish is Swedish, and Dari is Afghan Persian (Intl has no
 * `prs`). Always the Gregorian calendar, the one every letter and sign in Sweden uses, so a Persian
 * reader is not given a solar Hijri date the library's own notices never show.
 */
function intlLocale(code: string): string {
  const base = code === 'sv-x-easy' ? 'sv' : code === 'prs' ? 'fa-AF' : code;
  return `${base}-u-ca-gregory`;
}

/** "fredag 14 mars", "الجمعة، 14 مارس" … for a library date. */
function formatDate(locale: string, date: string): string {
  // Noon UTC falls on the same calendar date in Stockholm whatever the season.
  return new Intl.DateTimeFormat(locale, {
    timeZone: LIBRARY_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "12:00" in the language's digits, 24-hour clock. */
function formatTime(locale: string, date: string, time: string): string {
  // The stored time is already the library's wall clock: read as UTC and printed as UTC, it comes
  // out as exactly those hours and minutes, on a day clocks change too.
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(`${date}T${time}:00Z`));
}

/** Writes the reminder for a session in the visitor's language with that language's strings `t`. */
export function reminderMessage(session: ReminderSession, t: TFunction): Reminder {
  const locale = intlLocale(session.language);
  const start = formatTime(locale, session.date, session.start);
  const values = {
    branch: session.branchName,
    place: session.place,
    date: formatDate(locale, session.date),
    start,
    time: `${start}–${formatTime(locale, session.date, session.end)}`,
    reference: session.reference,
  };
  const why = t('why');
  const text = [
    t('greeting'),
    '',
    t('intro'),
    '',
    t('when', values),
    t('where', values),
    t('reference', values),
    '',
    t('bring'),
    '',
    '-- ',
    why,
    '',
  ].join('\n');
  return {
    lang: languageFor(session.language).htmlLang,
    subject: t('subject', values),
    text,
    short: `${t('sms', values)} ${why}`,
  };
}
