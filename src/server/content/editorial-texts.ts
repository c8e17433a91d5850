import type { EditorialContent, ParsedTexts } from './editorial-content.js';
import { ContentError, guideTextKey } from './editorial-content.js';
import { GuideSyntaxError } from './markdown-guide.js';
import { type WorkPool, WorkTooSlow } from './work-pool.js';

/** A guide and language whose text the pool stopped for going over its time budget. */
export interface SlowText {
  guide: string;
  lang: string;
}

/** Guide texts that took longer than the budget to check; the message names each guide and language. */
export class ContentTooSlow extends ContentError {
  constructor(
    readonly texts: SlowText[],
    budgetMs: number,
  ) {
    const names = texts.map((t) => `guides/${t.guide}/${t.lang}.md`).join(', ');
    super(`${names}: ${new WorkTooSlow('guide-text', budgetMs, names).message}`);
  }
}

// A few texts at a time: enough to keep every worker fed, few enough that one publish or pack
// import leaves room in the queue for editors' previews.
const WINDOW = 4;

/**
 * Parses every guide text of `content` in the worker pool, `images` being the media paths texts
 * may show. Refusals are kept per text for buildSource to report in order. Stops at the first text
 * over the budget and throws ContentTooSlow naming it, so bad content costs one budget, not one
 * per text. WorkBusy passes through.
 */
export async function parseTexts(pool: WorkPool, content: EditorialContent, images: string[]): Promise<ParsedTexts> {
  const todo = content.guides.flatMap((g) =>
    Object.entries(g.texts).map(([lang, text]) => ({ guide: g.id, lang, markdown: text.markdown })),
  );
  const parsed: ParsedTexts = new Map();
  const slow: SlowText[] = [];
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (next < todo.length && slow.length === 0 && !failed) {
      const item = todo[next++];
      if (!item) break;
      try {
        parsed.set(guideTextKey(item.guide, item.lang), await pool.guideText(item.markdown, images));
      } catch (error) {
        if (error instanceof GuideSyntaxError) parsed.set(guideTextKey(item.guide, item.lang), error);
        else if (error instanceof WorkTooSlow) slow.push({ guide: item.guide, lang: item.lang });
        else {
          failed = true;
          throw error;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: WINDOW }, lane));
  if (slow.length > 0) throw new ContentTooSlow(slow, pool.budgets['guide-text']);
  return parsed;
}
