import { REFERENCE_ALPHABET } from './help.js';

/**
 * Characters a helper may type for one another when copying a code off a visitor's phone or
 * paper: each group is one character to the search. The first of each group is the one a key
 * holds. No code contains O, 0, I or 1 (see REFERENCE_ALPHABET), so O/0 match no code at all,
 * and I/1 can only have been meant as L.
 */
const LOOK_ALIKES = ['O0', 'LI1', 'S5', 'B8', 'Z2'] as const;

const CANONICAL = new Map<string, string>(
  LOOK_ALIKES.flatMap((group) => [...group].map((ch) => [ch, group[0] ?? ch] as const)),
);

/** The characters of a code that a key character may stand for, as referenceFor writes them. */
const SPELLINGS = new Map<string, string[]>();
for (const ch of REFERENCE_ALPHABET) {
  const key = CANONICAL.get(ch) ?? ch;
  SPELLINGS.set(key, [...(SPELLINGS.get(key) ?? []), ch]);
}

/** Letters and digits a code is written in, once case and width are folded. */
const CODE_CHARACTER = /^[0-9A-Z]$/;

/** How many characters a reference code has, without its dash. */
const CODE_LENGTH = 6;

/**
 * A typed reference code as the search compares it: Unicode width folded (a full-width "Ｋ" from
 * a phone keyboard), upper case, spaces, dashes and anything else between the characters dropped,
 * and look-alike characters made one. `"k7f 2q"`, `"K7F-ZQ"` and `"K7F2Q"` have the same key.
 * The one rule for what counts as the same code: the server's search derives from it.
 */
export function referenceKey(typed: string): string {
  return [...typed.normalize('NFKC').toUpperCase()]
    .filter((ch) => CODE_CHARACTER.test(ch))
    .map((ch) => CANONICAL.get(ch) ?? ch)
    .join('');
}

/**
 * Every reference code, written as referenceFor writes it (`ABC-123`), that a helper's typing may
 * mean: those whose key is the typed text's key. At most 2⁶ of them (S/5, B/8 and Z/2 are both in
 * the alphabet), so the database is asked for codes by equality. Empty when the typing is not a
 * whole code, or holds a character no code has (O, 0): it can then match nothing.
 */
export function referenceSpellings(typed: string): string[] {
  const key = referenceKey(typed);
  if (key.length !== CODE_LENGTH) return [];
  let spellings = [''];
  for (const ch of key) {
    const options = SPELLINGS.get(ch) ?? [];
    spellings = spellings.flatMap((start) => options.map((option) => start + option));
  }
  return spellings.map((code) => `${code.slice(0, 3)}-${code.slice(3)}`);
}
