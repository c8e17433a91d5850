import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { GuideTranslation } from '../../domain/content.js';
import { stepText } from '../../domain/guide-text.js';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import { searchTerms } from '../../domain/search-text.js';
import { rankGuides, type WordHit } from './rank.js';
import { stemmerFor } from './stem.js';

interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  /** The steps' titles: short, so typos are looked for there too. */
  headings: string;
  body: string;
}

type Field = Exclude<keyof SearchDoc, 'id'>;

/** Where a word matched in the visitor's language: a title word before a summary word before a body word. */
const FIELD_WEIGHT: Record<Field, number> = { title: 1, summary: 0.5, headings: 0.25, body: 0.25 };
/** Where it matched in the Swedish text beside it: below the same place in the visitor's own language. */
const SOURCE_WEIGHT: Record<Field, number> = { title: 0.8, summary: 0.15, headings: 0.15, body: 0.15 };
/** How it matched: so a title prefix (0.7) still beats a whole word of the summary (0.5). */
const KIND_WEIGHT = { exact: 1, prefix: 0.7, typo: 0.6 };
/** Typos are looked for in titles (the guide's and its steps') only, and only in words this long: short words have too many neighbours. */
const FUZZY_FROM = 5;
/** A prefix shorter than this would expand to most of the vocabulary at 10,000 guides. */
const PREFIX_FROM = 2;
/** At most this many guides are returned: a visitor reads a screenful, not thousands. */
const TOP = 20;

/** One language's index over its guides' own text; `guideSearch` queries it, with the Swedish one beside it. */
export interface GuideIndex {
  lang: string;
  guideCount: number;
  /** One query word's hits: for each guide it matched, the best place and kind of match. */
  wordHits(word: string, prefix: boolean, weights?: Record<Field, number>): Map<string, WordHit>;
  /** The index as a string for storing, read back by `loadGuideIndex`. */
  toStored(): StoredGuideSearch;
}

export interface GuideSearch {
  /** Guide slugs, best match first (at most 20); guides far below the best are left out. */
  search(query: string): string[];
}

/** A built index as kept in IndexedDB: everything `loadGuideIndex` needs to answer without building. */
export interface StoredGuideSearch {
  /** The language whose stemmer built it; queries must be stemmed the same way. */
  lang: string;
  guideCount: number;
  /** MiniSearch's own `toJSON()`, stringified: one string is stored and read far faster than its objects. */
  index: string;
}

/**
 * MiniSearch's options for one language. `loadJSON` must get exactly the options the index was built
 * with (its processTerm decides how a query word is looked up), so both paths take them from here.
 */
function optionsFor(lang: string): Options<SearchDoc> {
  const stems = stemmerFor(lang);
  return {
    fields: ['title', 'summary', 'headings', 'body'],
    tokenize: searchTerms,
    // Each word is indexed as written and as its stems, so both find it.
    processTerm: (term) => stems(term),
    searchOptions: {
      boost: { title: 4, summary: 2, headings: 1, body: 1 },
      combineWith: 'OR',
      // Queries arrive already split into words by searchTerms.
      tokenize: (word) => [word],
    },
  };
}

/** The query for one word: exact (and prefix, for the word being typed) everywhere, typos in titles only. */
function wordQuery(word: string, prefix: boolean): { queries: (string | SearchOptions)[] } & SearchOptions {
  const queries: (string | (SearchOptions & { queries: string[] }))[] = [
    { queries: [word], prefix: prefix && word.length >= PREFIX_FROM, fuzzy: false },
  ];
  if ([...word].length >= FUZZY_FROM)
    queries.push({ queries: [word], fields: ['title', 'headings'], fuzzy: 0.2, maxFuzzy: 2 });
  return { queries: queries as never, combineWith: 'OR' };
}

function guideIndex(index: MiniSearch<SearchDoc>, lang: string, guideCount: number): GuideIndex {
  const stems = stemmerFor(lang);
  return {
    lang,
    guideCount,
    wordHits(word, prefix, weights = FIELD_WEIGHT) {
      const forms = stems(word);
      const hits = new Map<string, WordHit>();
      for (const result of index.search(wordQuery(word, prefix) as never)) {
        let weight = 0;
        for (const term in result.match) {
          const kind = forms.includes(term) ? 'exact' : forms.some((f) => term.startsWith(f)) ? 'prefix' : 'typo';
          for (const field of result.match[term] ?? []) {
            weight = Math.max(weight, weights[field as Field] * KIND_WEIGHT[kind]);
          }
        }
        hits.set(String(result.id), { weight, score: result.score });
      }
      return hits;
    },
    toStored: () => ({ lang, guideCount, index: JSON.stringify(index) }),
  };
}

/** Both indexes' hits for a word: the better place per guide, their scores added for ties. */
function mergeHits(own: Map<string, WordHit>, source: Map<string, WordHit>): Map<string, WordHit> {
  for (const [id, hit] of source) {
    const mine = own.get(id);
    own.set(id, mine ? { weight: Math.max(mine.weight, hit.weight), score: mine.score + hit.score } : hit);
  }
  return own;
}

/**
 * The search a visitor uses: their language's index, and beside it the Swedish one (for any other
 * language), so a Swedish word (often the one on the agency's letter) finds the guide too. Only the
 * last word is matched as a prefix (it is the one being typed), typos only in titles.
 */
export function guideSearch(own: GuideIndex, source?: GuideIndex): GuideSearch {
  const besides = source && source !== own && own.lang !== SOURCE_LANGUAGE ? source : undefined;
  return {
    search(query) {
      const words = searchTerms(query);
      const hits = words.map((word, i) => {
        const prefix = i === words.length - 1;
        const mine = own.wordHits(word, prefix);
        return besides ? mergeHits(mine, besides.wordHits(word, prefix, SOURCE_WEIGHT)) : mine;
      });
      return words.length === 0 ? [] : rankGuides(hits, own.guideCount).slice(0, TOP);
    },
  };
}

/**
 * An in-memory index of one language's guides (as Home shows them: a guide not translated is there
 * in Swedish). Forgiving: folded diacritics and letter forms, light stemming for Arabic and Persian,
 * prefixes, and small typos. Building is slow at thousands of guides: the kiosk builds once per
 * content version in a worker, off the visitor's path, and stores it (`toStored`).
 */
export function buildGuideIndex(guides: readonly GuideTranslation[], lang = guides[0]?.lang ?? ''): GuideIndex {
  const index = new MiniSearch<SearchDoc>(optionsFor(lang));
  index.addAll(
    guides.map((guide) => ({
      id: guide.id,
      title: guide.title,
      summary: guide.summary,
      headings: guide.steps.map((step) => step.title).join('\n'),
      // The step's text without its title, which is in headings.
      body: guide.steps.map((step) => stepText({ ...step, title: '' })).join('\n'),
    })),
  );
  return guideIndex(index, lang, guides.length);
}

/** A stored index back in memory, answering exactly as the one that was built (no documents are read). */
export function loadGuideIndex(stored: StoredGuideSearch): GuideIndex {
  return guideIndex(
    MiniSearch.loadJSON<SearchDoc>(stored.index, optionsFor(stored.lang)),
    stored.lang,
    stored.guideCount,
  );
}

/** Builds the search over `guides` in `lang` with the Swedish `source` guides beside it (tests, the bench). */
export function buildGuideSearch(
  guides: readonly GuideTranslation[],
  source: readonly GuideTranslation[],
  lang = guides[0]?.lang ?? '',
): GuideSearch {
  const own = buildGuideIndex(guides, lang);
  return guideSearch(own, lang === SOURCE_LANGUAGE ? undefined : buildGuideIndex(source, SOURCE_LANGUAGE));
}
