import { createHash } from 'node:crypto';
import type { EditorialContent, ParsedTexts } from './editorial-content.js';
import { ContentError, guideTextKey } from './editorial-content.js';
import { GuideSyntaxError, type ParsedGuide } from './markdown-guide.js';
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

/**
 * The shape of what the parser returns. Raise it whenever parseGuideMarkdown's output changes, so
 * texts parsed and kept before are parsed again rather than read in the old shape.
 */
export const PARSED_FORMAT = 1;

/** The key a parsed text is kept under: its Markdown's hash, with the parser's format. */
export function parsedTextKey(markdown: string): string {
  return createHash('sha256').update(`${PARSED_FORMAT}\n${markdown}`).digest('hex');
}

/** Where parsed texts are kept between publishes (the `parsed_text` table). */
export interface ParsedTextStore {
  parsedTexts(keys: readonly string[]): Promise<Map<string, ParsedGuide>>;
  keepParsedTexts(rows: readonly { key: string; guide: ParsedGuide }[]): Promise<void>;
}

/** The media paths a parsed text shows. */
const imagesOf = (guide: ParsedGuide) =>
  guide.steps.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'image' ? [b.media] : [])));

// A few texts at a time: enough to keep every worker fed, few enough that one publish or pack
// import leaves room in the queue for editors' previews.
const WINDOW = 4;

/**
 * Parses every guide text of `content` in the worker pool, `images` being the media paths texts
 * may show. Refusals are kept per text for buildSource to report in order. Stops at the first text
 * over the budget and throws ContentTooSlow naming it, so bad content costs one budget, not one
 * per text. WorkBusy passes through.
 */
export async function parseTexts(
  pool: WorkPool,
  content: EditorialContent,
  images: string[],
  store?: ParsedTextStore,
): Promise<ParsedTexts> {
  const all = content.guides.flatMap((g) =>
    Object.entries(g.texts).map(([lang, text]) => ({
      guide: g.id,
      lang,
      markdown: text.markdown,
      key: parsedTextKey(text.markdown),
    })),
  );
  const parsed: ParsedTexts = new Map();
  // A text parsed before is read back, unless it shows an image no longer uploaded: the worker
  // then refuses it with the parser's own message.
  const kept = store ? await store.parsedTexts(all.map((t) => t.key)) : new Map<string, ParsedGuide>();
  const uploaded = new Set(images);
  const todo = all.filter((t) => {
    const guide = kept.get(t.key);
    if (!guide || !imagesOf(guide).every((path) => uploaded.has(path))) return true;
    parsed.set(guideTextKey(t.guide, t.lang), guide);
    return false;
  });
  const fresh: { key: string; guide: ParsedGuide }[] = [];
  const slow: SlowText[] = [];
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (next < todo.length && slow.length === 0 && !failed) {
      const item = todo[next++];
      if (!item) break;
      try {
        const guide = await pool.guideText(item.markdown, images);
        parsed.set(guideTextKey(item.guide, item.lang), guide);
        fresh.push({ key: item.key, guide });
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
  if (store && fresh.length > 0) await store.keepParsedTexts(fresh);
  return parsed;
}
