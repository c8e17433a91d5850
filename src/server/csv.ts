/** A CSV field's value: empty for null. */
export type CsvValue = string | number | boolean | null;

/**
 * One CSV field: quoted when it holds a separator, quote or line break; and a leading = + - @ is
 * prefixed with ' so a spreadsheet never runs someone's text as a formula.
 */
export function csvField(value: CsvValue): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV (RFC 4180, CRLF, with a BOM so spreadsheet programs read å, ä, ö and Arabic). */
export function csvDocument<T>(columns: ReadonlyArray<readonly [string, (row: T) => CsvValue]>, rows: readonly T[]) {
  const lines = [
    columns.map(([name]) => name).join(','),
    ...rows.map((row) => columns.map(([, get]) => csvField(get(row))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
