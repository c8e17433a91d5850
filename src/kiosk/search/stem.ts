import { foldForSearch } from '../../domain/search-text.js';

/**
 * Light stemming for the Arabic-script languages: Arabic and Persian glue articles, conjunctions,
 * prepositions, plurals and pronouns to the word ("البنك", "وبنكك", "قبض‌ها"), so the word a visitor
 * types rarely stands alone in a guide. Stripping the commonest affixes lets "بنك" find "البنك …".
 * Light on purpose (no roots): a wrong cut only adds a match, since the unstemmed word is indexed
 * too. Other languages match by prefix and typo tolerance alone.
 */
interface AffixRules {
  /** Articles and particles with the article, stripped when at least 2 letters stay. */
  articles: string[];
  /** Prefixes of a letter or two, stripped (when no article was) when at least 3 letters stay. */
  prefixes: string[];
  /** Plural, feminine, relative and pronoun endings; up to two, each when at least 3 letters stay. */
  suffixes: string[];
}

// Written as people write them and folded once, so they meet terms already folded (ة → ه, ي → ی).
const folded = (affixes: string[]) =>
  [...new Set(affixes.map(foldForSearch))].sort((a, b) => b.length - a.length || a.localeCompare(b));

const ARABIC: AffixRules = {
  articles: folded(['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ولل']),
  prefixes: folded(['و', 'ب', 'ك', 'ف', 'ل']),
  suffixes: folded(['ها', 'هم', 'هما', 'كم', 'كما', 'نا', 'ك', 'ه', 'ي', 'ة', 'ية', 'ات', 'ان', 'ون', 'ين']),
};

const PERSIAN: AffixRules = {
  articles: [],
  prefixes: folded(['می', 'نمی']),
  suffixes: folded(['ها', 'های', 'هایی', 'ان', 'ات', 'ی', 'ای', 'یی', 'ام', 'اش', 'مان', 'تان', 'شان']),
};

const RULES: Record<string, AffixRules> = { ar: ARABIC, fa: PERSIAN, prs: PERSIAN };

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const MIN_AFTER_ARTICLE = 2;
const MIN_STEM = 3;
const MAX_SUFFIXES = 2;

// Counted in code points, so a letter is a letter whatever its UTF-16 length.
const letters = (text: string) => [...text].length;

function stripPrefix(term: string, affixes: string[], min: number): string | undefined {
  const affix = affixes.find((a) => term.startsWith(a) && letters(term) - letters(a) >= min);
  return affix === undefined ? undefined : term.slice(affix.length);
}

// Every step is kept: "مالیاتی" and "مالیات" must meet although one has an ending more.
function stripSuffixes(term: string, suffixes: string[]): string[] {
  const steps = [term];
  let word = term;
  for (let i = 0; i < MAX_SUFFIXES; i++) {
    const affix = suffixes.find((a) => word.endsWith(a) && letters(word) - letters(a) >= MIN_STEM);
    if (affix === undefined) break;
    word = word.slice(0, -affix.length);
    steps.push(word);
  }
  return steps;
}

function stems(term: string, rules: AffixRules): string[] {
  const article = stripPrefix(term, rules.articles, MIN_AFTER_ARTICLE);
  // A one-letter prefix may as well be the word's own first letter (ب in بنك): keep both readings.
  const bases = article !== undefined ? [article] : [term, stripPrefix(term, rules.prefixes, MIN_STEM) ?? term];
  return [...new Set([term, ...bases.flatMap((base) => stripSuffixes(base, rules.suffixes))])];
}

/**
 * The stemmer for a language: takes a folded search term and returns it with its light stems
 * (just the term where the language has no rules, or nothing is to strip).
 */
export function stemmerFor(lang: string): (term: string) => string[] {
  const rules = RULES[lang];
  if (!rules) return (term) => [term];
  // Guides repeat their words many times over: each distinct word is stemmed once per index.
  const known = new Map<string, string[]>();
  return (term) => {
    let found = known.get(term);
    if (!found) {
      found = ARABIC_SCRIPT.test(term) ? stems(term, rules) : [term];
      known.set(term, found);
    }
    return found;
  };
}
