import type { BookingOutcome, BookingStatus } from '../../domain/help.js';

type T = (key: string) => string;

export const STATUSES: BookingStatus[] = ['waiting', 'confirmed', 'attended', 'no-show', 'cancelled'];

/** A request's status in words; key by key, so every key is findable in the code. */
export function statusLabel(t: T, status: BookingStatus): string {
  switch (status) {
    case 'waiting':
      return t('requests.statusWaiting');
    case 'confirmed':
      return t('requests.statusConfirmed');
    case 'attended':
      return t('requests.statusAttended');
    case 'no-show':
      return t('requests.statusNoShow');
    case 'cancelled':
      return t('requests.statusCancelled');
  }
}

/** How the server placed the request when it arrived. */
export function outcomeLabel(t: T, outcome: BookingOutcome): string {
  switch (outcome) {
    case 'confirmed':
      return t('requests.outcomeConfirmed');
    case 'moved':
      return t('requests.outcomeMoved');
    case 'waiting':
      return t('requests.outcomeWaiting');
  }
}
