/**
 * Text folding shared by the search index and queries, so a visitor finds a guide however they type:
 * without å/ä/ö or accents, with or without Arabic vowel marks, with any hamza form, and with the
 * usual spellings of the same thing (bankid / bank id / Bank-ID).
 */

// Combining marks: Latin accents, Arabic harakat, hamza above/below, superscript alef, Quranic marks.
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;

const LETTER_FOLDS: [RegExp, string][] = [
  [/\u0640/g, ''], // tatweel (kashida) only stretches a word
  [/[\u200c\u200d]/g, ''], // zero-width (non-)joiners sit inside Persian words (پیام‌ها), typed or not
  [/[\u0671]/g, '\u0627'], // alef wasla → alef (other hamza forms decompose under NFD)
  [/[\u064a\u0649]/g, '\u06cc'], // Arabic yeh and alef maksura → Persian yeh
  [/\u0643/g, '\u06a9'], // Arabic kaf → Persian keheh
  [/\u0629/g, '\u0647'], // teh marbuta → heh
];

/** Spellings that mean the same search term. Each pattern is applied to folded text. */
const SYNONYMS: [RegExp, string][] = [
  [/\b(mobilt?\s+)?bank[\s-]*id\b/g, 'bankid'],
  [/\be[\s-]*legitimation\b/g, 'elegitimation bankid'],
  [/\bforsakrings\s*kassan\b/g, 'forsakringskassan'],
  [/\bskatte\s*verket\b/g, 'skatteverket'],
  [/\bmigrations\s*verket\b/g, 'migrationsverket'],
  [/\barbetsformedlingen\b|\baf\b/g, 'arbetsformedlingen'],
  [/\bvardguiden\b/g, '1177'],
];

/** Lower-cases and folds text for search. */
export function foldForSearch(text: string): string {
  let folded = text.toLowerCase().normalize('NFD').replace(MARKS, '');
  for (const [pattern, replacement] of LETTER_FOLDS) folded = folded.replace(pattern, replacement);
  for (const [pattern, replacement] of SYNONYMS) folded = folded.replace(pattern, replacement);
  return folded.normalize('NFC');
}

/** Splits folded text into search terms (letters and digits of any script). */
export function searchTerms(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
