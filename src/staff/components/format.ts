import { consoleLocale } from '../i18n.js';

/** A timestamp from the server (ISO 8601) in the console's language. */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(consoleLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A byte count as B, kB or MB (decimal, as download sizes are usually given). */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(consoleLocale(lang), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
