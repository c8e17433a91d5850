/** The longest id SLUG_PATTERN (schemas/rules.ts) allows. */
const MAX_LENGTH = 80;

/** Letters NFD does not take apart into a base letter and a mark. */
const SPELLED: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', œ: 'oe' };

/** The part of an id that comes from a title: lower-case ASCII, words joined by '-'. */
function baseOf(title: string, room: number): string {
  const ascii = [...title.toLowerCase()]
    .map((c) => SPELLED[c] ?? c)
    .join('')
    // å → a + ring, ä → a + dots, é → e + accent …: the marks go, the letters stay.
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.slice(0, room).replace(/-+$/, '');
  // A title with no Latin letter or digit at all (Arabic, only punctuation) still gets an id.
  return cut || 'guide';
}

/**
 * A guide's (or category's) id made from its Swedish title: lower-case ASCII, å→a, ä→a, ö→o, other
 * marks stripped, anything else between words → '-'; never one of `taken` (then -2, -3 … is added)
 * and always within SLUG_PATTERN, so the rest of the system takes it as an id.
 */
export function slugOf(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = baseOf(title, MAX_LENGTH);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${baseOf(base, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
