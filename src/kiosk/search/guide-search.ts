import MiniSearch, { type Options } from 'minisearch';
import type { GuideTranslation } from '../../domain/content.js';
import { stepText } from '../../domain/guide-text.js';
import { searchTerms } from '../../domain/search-text.js';
import { rankGuides, type WordHit } from './rank.js';
import { stemmerFor } from './stem.js';

interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  body: string;
  sourceTitle: string;
  sourceBody: string;
}

type Field = Exclude<keyof SearchDoc, 'id'>;

/** Where a word matched: a title word before a summary word before a body word. */
const FIELD_WEIGHT: Record<Field, number> = { title: 1, sourceTitle: 0.8, summary: 0.5, body: 0.25, sourceBody: 0.15 };
/** How it matched: so a title prefix (0.7) still beats a whole word of the summary (0.5). */
const KIND_WEIGHT = { exact: 1, prefix: 0.7, typo: 0.6 };

export interface GuideSearch {
  /** Guide slugs, best match first; guides far below the best are left out. */
  search(query: string): string[];
  /** The index as a string for storing, read back by `loadGuideSearch`. */
  toStored(): StoredGuideSearch;
}

/** A built index as kept in IndexedDB: everything `loadGuideSearch` needs to answer without building. */
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
    fields: ['title', 'summary', 'body', 'sourceTitle', 'sourceBody'],
    tokenize: searchTerms,
    // Each word is indexed as written and as its stems, so both find it.
    processTerm: (term) => stems(term),
    searchOptions: {
      boost: { title: 4, summary: 2, sourceTitle: 2, body: 1, sourceBody: 0.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
      // Queries arrive already split into words by searchTerms.
      tokenize: (word) => [word],
    },
  };
}

/** The searcher over a built or loaded index: each query word's hits, ranked. */
function searcher(index: MiniSearch<SearchDoc>, lang: string, guideCount: number): GuideSearch {
  const stems = stemmerFor(lang);
  // One word's hits: for each guide it matched, the best place and kind of match among its terms.
  const wordHits = (word: string): Map<string, WordHit> => {
    const forms = stems(word);
    const hits = new Map<string, WordHit>();
    for (const result of index.search(word)) {
      let weight = 0;
      for (const [term, fields] of Object.entries(result.match)) {
        const kind = forms.includes(term) ? 'exact' : forms.some((f) => term.startsWith(f)) ? 'prefix' : 'typo';
        for (const field of fields) weight = Math.max(weight, FIELD_WEIGHT[field as Field] * KIND_WEIGHT[kind]);
      }
      hits.set(String(result.id), { weight, score: result.score });
    }
    return hits;
  };

  return {
    search(query) {
      const words = searchTerms(query);
      return words.length === 0 ? [] : rankGuides(words.map(wordHits), guideCount);
    },
    toStored: () => ({ lang, guideCount, index: JSON.stringify(index) }),
  };
}

/**
 * An in-memory index of the guides in the visitor's language, each with its Swedish text as well,
 * so a Swedish word (often the one on the agency's letter) finds the guide too. Forgiving: folded
 * diacritics and letter forms, light stemming for Arabic and Persian, prefixes, and small typos.
 * Building is slow at thousands of guides: the kiosk builds once per content version, off the
 * visitor's path, and stores it (`toStored`); a search is then a few lookups.
 */
export function buildGuideSearch(
  guides: readonly GuideTranslation[],
  source: readonly GuideTranslation[],
  lang = guides[0]?.lang ?? '',
): GuideSearch {
  const sourceById = new Map(source.map((g) => [g.id, g]));
  const index = new MiniSearch<SearchDoc>(optionsFor(lang));
  index.addAll(
    guides.map((guide) => {
      const swedish = sourceById.get(guide.id);
      const other = swedish && swedish.lang !== guide.lang ? swedish : undefined;
      return {
        id: guide.id,
        title: guide.title,
        summary: guide.summary,
        body: guide.steps.map(stepText).join('\n'),
        sourceTitle: other?.title ?? '',
        sourceBody: other ? other.steps.map(stepText).join('\n') : '',
      };
    }),
  );
  return searcher(index, lang, guides.length);
}

/**
 * A stored index back in memory, answering exactly as the one that was built (no documents are read).
 * Loaded in slices that yield to the page between them, so a tap is never kept waiting behind it.
 */
export async function loadGuideSearch(stored: StoredGuideSearch): Promise<GuideSearch> {
  const index = await MiniSearch.loadJSONAsync<SearchDoc>(stored.index, optionsFor(stored.lang));
  return searcher(index, stored.lang, stored.guideCount);
}
