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

/** A share (0–1) as a whole percentage: "42 %" in Swedish, "42%" in English. */
export function formatPercent(share: number, lang: string): string {
  return new Intl.NumberFormat(consoleLocale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An upload limit given in binary megabytes (5 × 1024 × 1024) as the round "5 MB" it was meant as. */
export function formatLimit(bytes: number, lang: string): string {
  return new Intl.NumberFormat(consoleLocale(lang), { style: 'unit', unit: 'megabyte' }).format(bytes / 1024 / 1024);
}
