import MiniSearch from 'minisearch';
import type { GuideTranslation } from '../../domain/content.js';
import { stepText } from '../../domain/guide-text.js';
import { searchTerms } from '../../domain/search-text.js';

interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  body: string;
  sourceTitle: string;
  sourceBody: string;
}

export interface GuideSearch {
  /** Guide slugs, best match first. */
  search(query: string): string[];
}

/**
 * An in-memory index of the guides in the visitor's language, each with its Swedish text as well,
 * so a Swedish word (often the one on the agency's letter) finds the guide too. Forgiving: folded
 * diacritics and letter forms, prefixes, and small typos.
 */
export function buildGuideSearch(
  guides: readonly GuideTranslation[],
  source: readonly GuideTranslation[],
): GuideSearch {
  const sourceById = new Map(source.map((g) => [g.id, g]));
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'summary', 'body', 'sourceTitle', 'sourceBody'],
    tokenize: searchTerms,
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 4, summary: 2, sourceTitle: 2, body: 1, sourceBody: 0.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
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
  return {
    search(query) {
      if (!query.trim()) return [];
      const strict = index.search(query);
      // Every word must match somewhere; if that finds nothing, any word will do.
      const results = strict.length > 0 ? strict : index.search(query, { combineWith: 'OR' });
      return results.map((r) => String(r.id));
    },
  };
}
