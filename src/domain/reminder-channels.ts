import type { BookingRequest } from './schemas/booking.js';

/**
 * The ways a reminder can reach a visitor, as far as a server may have them. SMS joins the list
 * when the server has an SMS sender (today it has none: `noSmsSender` in the server's reminders).
 */
export const REMINDER_CHANNELS = ['email'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/**
 * The channels in a received or kept setting that this app knows, in its order. A setting kept
 * from an older server has none, so an older tablet offers no reminder rather than a dead one.
 */
export function knownChannels(value: unknown): ReminderChannel[] {
  return Array.isArray(value) ? REMINDER_CHANNELS.filter((c) => value.includes(c)) : [];
}

/**
 * The channel a request's reminder would go out on with the server's `channels`, or null when it
 * cannot have one: only e-mail is sent, and only to the address the visitor gave.
 */
export function reminderChannelFor(
  request: Pick<BookingRequest, 'email'>,
  channels: readonly ReminderChannel[],
): ReminderChannel | null {
  return request.email !== null && channels.includes('email') ? 'email' : null;
}
