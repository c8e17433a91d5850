import MiniSearch from 'minisearch';
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
}

/**
 * An in-memory index of the guides in the visitor's language, each with its Swedish text as well,
 * so a Swedish word (often the one on the agency's letter) finds the guide too. Forgiving: folded
 * diacritics and letter forms, light stemming for Arabic and Persian, prefixes, and small typos.
 * Build it once per language; a search is then a few lookups.
 */
export function buildGuideSearch(
  guides: readonly GuideTranslation[],
  source: readonly GuideTranslation[],
): GuideSearch {
  const sourceById = new Map(source.map((g) => [g.id, g]));
  const stems = stemmerFor(guides[0]?.lang ?? '');
  const index = new MiniSearch<SearchDoc>({
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
  });
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
      return words.length === 0 ? [] : rankGuides(words.map(wordHits), guides.length);
    },
  };
}
