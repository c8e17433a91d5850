import type { InboxBooking } from '../../domain/help-api.js';
import { type CsvValue, csvDocument } from '../csv.js';

const COLUMNS: Array<[string, (b: InboxBooking) => CsvValue]> = [
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

/** The requests as CSV; a visitor's name that starts like a formula is kept from running as one. */
export function bookingsCsv(bookings: readonly InboxBooking[]): string {
  return csvDocument(COLUMNS, bookings);
}
