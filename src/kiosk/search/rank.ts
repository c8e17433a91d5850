/**
 * Ranking for guide search: a guide scores by where each query word matched it (title before
 * summary before body, a whole word before a prefix or a typo), rare words count for more than
 * words in every guide, and a guide with all the words beats one with some. Guides far below the
 * best are cut, so a query that names one guide ("bankid", "1177") shows that guide, not the
 * catalogue.
 */

/** How one query word matched one guide: its best place (0–1) and the index's own score. */
export interface WordHit {
  weight: number;
  score: number;
}

/** A guide that has every query word scores this many times what its words add up to. */
const ALL_WORDS = 2;
/** Guides scoring under this share of the best are left out. */
const KEEP_SHARE = 0.6;

/** A word found in every guide tells little: 1 for a word in one guide, about 0.25 in all of 17. */
const rarity = (found: number, guides: number) => Math.log(1 + guides / found) / Math.log(1 + guides);

/**
 * Ranks guides by their hits, one map (guide id → hit) per query word, and returns their ids best
 * first, without those far below the best. Ties keep the index's own order (its BM25 score).
 */
export function rankGuides(words: readonly ReadonlyMap<string, WordHit>[], guideCount: number): string[] {
  const totals = new Map<string, { score: number; tie: number; words: number }>();
  for (const hits of words) {
    const weight = rarity(Math.max(hits.size, 1), Math.max(guideCount, 1));
    for (const [id, hit] of hits) {
      const total = totals.get(id) ?? { score: 0, tie: 0, words: 0 };
      total.score += weight * hit.weight;
      total.tie += hit.score;
      total.words += 1;
      totals.set(id, total);
    }
  }
  const ranked = [...totals].map(([id, t]) => ({
    id,
    score: t.words === words.length ? t.score * ALL_WORDS : t.score,
    tie: t.tie,
  }));
  ranked.sort((a, b) => b.score - a.score || b.tie - a.tie);
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((r) => r.score >= best * KEEP_SHARE).map((r) => r.id);
}
