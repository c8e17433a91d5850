import type { FleetRow } from '../../domain/schemas/fleet.js';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago `iso` was, seen from `now`, in `locale` ("5 minutes ago", "now"). */
export function formatAgo(iso: string, now: number, locale: string): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const elapsed = now - at;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms) return format.format(-Math.trunc(elapsed / ms), unit);
  }
  return format.format(0, 'second');
}

/** The share of its quota a kiosk's storage uses (0–1), or null when the tablet did not say. */
export function storageShare(row: Pick<FleetRow, 'storageUsed' | 'storageQuota'>): number | null {
  if (row.storageUsed === null || row.storageQuota === null || row.storageQuota <= 0) return null;
  return row.storageUsed / row.storageQuota;
}

/** Seconds left until `iso` from `now`, never below zero. */
export function secondsLeft(iso: string, now: number): number {
  return Math.max(0, Math.ceil((new Date(iso).getTime() - now) / 1000));
}

/** A countdown as minutes:seconds ("14:05"). */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
