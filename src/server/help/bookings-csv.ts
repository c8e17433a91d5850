import type { InboxBooking } from '../../domain/help-api.js';

const COLUMNS: Array<[string, (b: InboxBooking) => string | number | boolean | null]> = [
  ['reference', (b) => b.reference],
  ['branch', (b) => b.branchId],
  ['date', (b) => b.date],
  ['start', (b) => b.start],
  ['end', (b) => b.end],
  ['topic', (b) => b.topic],
  ['language', (b) => b.language],
  ['status', (b) => b.status],
  ['outcome', (b) => b.outcome],
  ['follow_up', (b) => b.followUp],
  ['requested', (b) => b.requestedSlots.join(' ')],
  ['any_time', (b) => b.anyTime],
  ['first_name', (b) => b.firstName],
  ['phone', (b) => b.phone],
  ['email', (b) => b.email],
  ['consent', (b) => b.consent],
  ['received_at', (b) => b.receivedAt],
];

/**
 * One CSV field: quoted when it holds a separator, quote or line break; and a leading = + - @ is
 * prefixed with ' so a spreadsheet never runs a visitor's name as a formula.
 */
function field(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The requests as CSV (RFC 4180, CRLF, with a BOM so spreadsheet programs read å, ä, ö and Arabic). */
export function bookingsCsv(bookings: readonly InboxBooking[]): string {
  const lines = [
    COLUMNS.map(([name]) => name).join(','),
    ...bookings.map((b) => COLUMNS.map(([, get]) => field(get(b))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
