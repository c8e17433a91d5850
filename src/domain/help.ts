/**
 * Help sessions: the times a library offers, the feed kiosks keep offline, and the request a
 * visitor makes on a kiosk. Shared by the server, the kiosk and the console.
 *
 * Times are wall-clock times at the library (Europe/Stockholm): a date `YYYY-MM-DD` and a time
 * `HH:MM`. A slot's id is `<pattern id>@<date>`, so the same weekly pattern gives the same ids
 * on every server and every kiosk.
 */

import { SOURCE_LANGUAGE } from './languages.js';
import type { BookingRequest } from './schemas/booking.js';
import type { BookingStatus } from './schemas/rules.js';

/** Opening hours per ISO weekday (1 = Monday … 7 = Sunday); a missing day is closed. */
export type OpeningHours = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { open: string; close: string }>>;

export interface Branch {
  id: string;
  name: string;
  /** Where in the building, in Swedish (the source, which every kiosk version shows), e.g. "Plan 2, vid datorerna". */
  place: string;
  /**
   * The place in the other languages, by language code; a language without one shows the Swedish.
   * Absent in feeds kept from before places were translated.
   */
  placeTranslations?: PlaceTranslations;
  openingHours: OpeningHours;
}

/** A branch's place by language code (never Swedish: that is `place`). */
export type PlaceTranslations = Partial<Record<string, string>>;

/** A text and the language it is in (a language code from languages.ts). */
export interface TextIn {
  text: string;
  lang: string;
}

/**
 * A branch's place in a language: its translation there, or else the Swedish, saying which it is
 * so a screen can mark the Swedish as Swedish.
 */
export function placeIn(branch: Pick<Branch, 'place' | 'placeTranslations'>, language: string): TextIn {
  const translated = language === SOURCE_LANGUAGE ? undefined : branch.placeTranslations?.[language];
  return translated ? { text: translated, lang: language } : { text: branch.place, lang: SOURCE_LANGUAGE };
}

/** Drop-in hours need no request; bookable sessions have places. */
export type SessionKind = 'drop-in' | 'bookable';

/** A weekly recurring session (or a one-off one when `from === until`). */
export interface SessionPattern {
  id: number;
  branchId: string;
  kind: SessionKind;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** `HH:MM` */
  start: string;
  durationMinutes: number;
  /** Places per session; drop-in hours have 0. */
  capacity: number;
  /** Guide or category ids the session is for; empty means any topic. */
  topics: string[];
  /** Languages the helper speaks (language codes from languages.ts). */
  languages: string[];
  /** First date it runs, `YYYY-MM-DD`. */
  from: string;
  /** Last date it runs, or null for no end. */
  until: string | null;
}

/** A date on which a pattern does not run (a helper off sick), or a whole branch is closed (a holiday). */
export interface SessionException {
  id: number;
  branchId: string;
  /** null: every session at the branch that day. */
  patternId: number | null;
  date: string;
  reason: string;
}

/** One bookable session on one date, as a kiosk sees it. */
export interface Slot {
  id: string;
  branchId: string;
  date: string;
  start: string;
  end: string;
  topics: string[];
  languages: string[];
  capacity: number;
  placesLeft: number;
}

/** One drop-in session on one date. */
export interface DropIn {
  branchId: string;
  date: string;
  start: string;
  end: string;
  topics: string[];
  languages: string[];
}

/** What kiosks keep for offline use: the coming days' sessions, refreshed often. */
export interface SlotFeed {
  /** ISO instant the server made it; the kiosk shows "times as of HH:MM" from it. */
  generatedAt: string;
  branches: Branch[];
  slots: Slot[];
  dropIns: DropIn[];
}

/** The body of POST /api/bookings; its shape is a schema, so server and kiosk share one definition. */
export type { BookingRequest };

/**
 * How the server placed a request. Taken times are not an error: the request was received and
 * is `moved` to one of the visitor's alternatives, or `waiting` for staff to follow up.
 */
export type BookingOutcome = 'confirmed' | 'moved' | 'waiting';

/** The answer to POST /api/bookings (201 first time; the same answer replayed for a retry). */
export interface BookingAnswer {
  reference: string;
  outcome: BookingOutcome;
  /** The slot the visitor has, or null while waiting. */
  slot: Pick<Slot, 'id' | 'branchId' | 'date' | 'start' | 'end'> | null;
}

export type { BookingStatus };

export const BOOKING_LIMITS = {
  firstNameMax: 40,
  emailMax: 254,
  phoneMax: 20,
  alternativesMax: 2,
} as const;

/** Topic used when the visitor did not start from a guide. */
export const OTHER_TOPIC = 'other';

/** The characters of reference codes: no 0/O, 1/I, which are misread when read aloud and photographed. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The short reference code a visitor is shown, derived from the request's idempotency key, so
 * the kiosk can show it before the server has seen the request and the server arrives at the
 * same code. Six characters, written `ABC-123`.
 */
export function referenceFor(idempotencyKey: string): string {
  const hex = idempotencyKey.replace(/[^0-9a-f]/gi, '');
  let code = '';
  for (let i = 0; i < 6; i++) {
    const value = Number.parseInt(hex.slice(hex.length - 2 * (i + 1), hex.length - 2 * i) || '0', 16);
    code += REFERENCE_ALPHABET[value % REFERENCE_ALPHABET.length];
  }
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** A Swedish personal identity number or coordination number (ÅÅMMDD-NNNN, with or without century). */
const PERSONAL_NUMBER = /(?:\d{2})?\d{6}\s*[-+]?\s*\d{4}/;
/** Swedish or international: starts with 0 or +, so a personal identity number is never taken for one. */
const PHONE = /^(?:\+|0)[0-9 ()-]{5,18}[0-9]$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/**
 * Invisible format characters: bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks
 * (U+200E, U+200F, U+061C), zero-width spaces, soft hyphens, tags. In a name they only disguise it
 * (U+202E shows "animA" as "Amina" in the staff list). ZWNJ and ZWJ stay: Persian and Dari names are
 * spelled with them.
 */
const INVISIBLE = /(?![\u200c\u200d])\p{Cf}/gu;
/** Control characters and runs of white space, which in a name are one space at most. */
const SPACING = /[\p{Cc}\s]+/gu;

/**
 * A visitor's first name as it is kept and shown: invisible format characters removed, line breaks
 * and runs of spaces made one space, trimmed. The kiosk sends it so and the server stores it so.
 */
export function cleanFirstName(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(SPACING, ' ').trim();
}

/** A field the visitor (or a kiosk) got wrong, named as the server's problem+json names it. */
export interface FieldProblem {
  field: string;
  detail: string;
}

/**
 * The rules a request must keep, checked the same way on the kiosk (before it is queued) and on
 * the server (before anything is stored). Returns the first problem, or null. Checks of shape
 * (types, lengths) are the server's schema; these are the rules a schema cannot say.
 *
 * A phone number or address without consent to a reminder is no problem: staff use them to reach
 * the visitor about the request. Consent to a reminder no channel can send is not refused either
 * (a request queued on an older kiosk would be lost): the server does not record it.
 */
export function bookingProblem(request: BookingRequest): FieldProblem | null {
  const name = cleanFirstName(request.firstName);
  // Nothing visible, or no letter at all ("-", "."), is no name.
  if (!/\p{L}/u.test(name)) return { field: 'body/firstName', detail: 'A first name is needed' };
  if (PERSONAL_NUMBER.test(name.replace(/\s/g, ''))) {
    return { field: 'body/firstName', detail: 'Looks like a personal identity number: never give one here' };
  }
  if (/\d/.test(name)) return { field: 'body/firstName', detail: 'A first name has no digits' };
  if (request.phone !== null && !PHONE.test(request.phone.trim())) {
    return { field: 'body/phone', detail: 'Not a phone number' };
  }
  if (request.email !== null && !EMAIL.test(request.email.trim())) {
    return { field: 'body/email', detail: 'Not an e-mail address' };
  }
  if (request.branchId === null && request.slots.length > 0) {
    return { field: 'body/branchId', detail: 'Times are at a library: say which' };
  }
  if (request.anyTime && request.slots.length > 0) {
    return { field: 'body/slots', detail: 'Either times or any time, not both' };
  }
  if (!request.anyTime && request.slots.length === 0) {
    return { field: 'body/slots', detail: 'Choose a time, or any time' };
  }
  if (new Set(request.slots).size !== request.slots.length) {
    return { field: 'body/slots', detail: 'The same time is there twice' };
  }
  return null;
}
