/**
 * The rules every runtime checks the same way: text patterns (JSON Schema `pattern`s) and fixed
 * lists. No library here, so the console and kiosk can import them without TypeBox; the schemas
 * beside this file build on them.
 */

/** A guide, category or topic id, as in an address: `bankid`, `health-1177`. */
export const SLUG_PATTERN = '^[a-z0-9-]{1,80}$';

/** The highest place a guide or category may take in its list (0 is first). */
export const MAX_PLACE = 10_000;

/** Whether a typed place in a list (`"3"`) is one the server takes: a whole number, 0 to MAX_PLACE. */
export function isPlace(typed: string): boolean {
  const n = Number(typed);
  return typed.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_PLACE;
}

/** A branch (library) id. */
export const BRANCH_ID_PATTERN = '^[a-z0-9-]{1,60}$';

/** A staff account's username. */
export const USERNAME_PATTERN = '^[a-z0-9._-]{2,64}$';

/** An uploaded file's stored name; content refers to it as `media/<name>`. */
export const MEDIA_NAME_PATTERN = '^[a-z0-9][a-z0-9._-]{0,99}$';

/** `media/<name>`, how guides and packs refer to an uploaded file. */
export const MEDIA_PATH_PATTERN = `^media/${MEDIA_NAME_PATTERN.slice(1)}`;

/** `media/<name>.mp4` or `.webm`: a guide's or the welcome screen's video. */
export const VIDEO_PATH_PATTERN = '^media/[a-z0-9][a-z0-9._-]{0,94}\\.(mp4|webm)$';

/**
 * Text staff write that visitors read (a branch's name and place, a closure's reason, a category's
 * name): no control characters, and none of the bidi overrides, embeddings or isolates that can
 * make text read other than it is stored. The marks right-to-left text needs (U+200E, U+200F) stay.
 */
export const DISPLAY_TEXT_PATTERN = '^[^\\u0000-\\u001F\\u007F\\u202A-\\u202E\\u2066-\\u2069]*$';

/** A calendar date, `2026-12-07`. */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/** A time of day, `09:30`. */
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/**
 * A row id in an address: digits only, never coerced from anything else; at most nine, because
 * PostgreSQL's integer ids stop at 2^31 - 1 and a larger number would fail the query.
 */
export const ROW_ID_PATTERN = '^[1-9][0-9]{0,8}$';

/** What a staff account may do: admin (accounts, audit, all editors do), editor (content), helper (times, requests). */
export const STAFF_ROLES = ['admin', 'editor', 'helper'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Where a request stands for staff; attended and no-show are set by a helper, never automatically. */
export const BOOKING_STATUSES = ['confirmed', 'waiting', 'cancelled', 'attended', 'no-show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/**
 * Where a kiosk stands in the fleet: never seen (enrolled, no heartbeat yet), online, stale (three
 * beats missed in opening hours), offline (30 minutes of opening hours without a beat), revoked.
 */
export const KIOSK_STATES = ['never-seen', 'online', 'stale', 'offline', 'revoked'] as const;
export type KioskState = (typeof KIOSK_STATES)[number];

/** A kiosk's id: `k-` and 16 lowercase letters or digits. */
export const KIOSK_ID_PATTERN = '^k-[a-z0-9]{16}$';

/**
 * An enrolment code as a person types it: Crockford base32 letters and digits, any case, maybe
 * grouped with hyphens or spaces (`7QK2M-94XRD`). `normaliseEnrolmentCode` in the domain reads it.
 */
export const ENROLMENT_CODE_INPUT_PATTERN = '^[0-9A-Za-z -]{8,24}$';

/** A branch's staff PIN for the kiosk's status screen: 4 to 8 digits. */
export const STAFF_PIN_PATTERN = '^[0-9]{4,8}$';

/** True when `value` keeps the rule `pattern` (one of the above). */
export function keeps(pattern: string, value: string): boolean {
  return new RegExp(pattern).test(value);
}
