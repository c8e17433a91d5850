import { createHash } from 'node:crypto';
import { letOthersIn, SLICE } from '../event-loop.js';
import type { EditorialContent } from './editorial-content.js';

/**
 * A version's editorial snapshot names each guide text by the SHA-256 of its Markdown; the texts
 * are stored once each (`editorial_text_blob`). Whole, a snapshot of 500 guides × 9 languages was
 * ~13 MB, written by every publish and read, parsed and written again by every restore.
 * Snapshots written before this format have no `format` and hold the Markdown itself.
 */
const FORMAT = 2;

/** A guide text as a snapshot stores it. */
export interface SnapshotText {
  hash: string;
  markdown: string;
}

/** Where snapshots' texts are kept. */
export interface SnapshotTextStore {
  /** Texts by hash; hashes not stored are absent. */
  snapshotTexts(hashes: readonly string[]): Promise<Map<string, string>>;
}

const textHash = (markdown: string) => createHash('sha256').update(markdown).digest('hex');

/** The snapshot of `content` (JSON) and the texts it names. */
export async function snapshotOf(content: EditorialContent): Promise<{ json: string; texts: SnapshotText[] }> {
  const texts = new Map<string, string>();
  const guides = [];
  for (const [i, guide] of content.guides.entries()) {
    const refs: Record<string, object> = {};
    for (const [lang, { markdown, ...rest }] of Object.entries(guide.texts)) {
      const hash = textHash(markdown);
      texts.set(hash, markdown);
      refs[lang] = { ...rest, text: hash };
    }
    guides.push({ ...guide, texts: refs });
    if (i % SLICE === SLICE - 1) await letOthersIn();
  }
  return {
    json: JSON.stringify({ ...content, format: FORMAT, guides }),
    texts: [...texts].map(([hash, markdown]) => ({ hash, markdown })),
  };
}

type StoredGuide = Omit<EditorialContent['guides'][number], 'texts'> & {
  texts: Record<string, { text: string } & Omit<EditorialContent['guides'][number]['texts'][string], 'markdown'>>;
};

/**
 * The content a snapshot was made of, and whether the snapshot names its texts by hash (so they
 * are stored already); undefined when a text it names is not stored.
 */
export async function contentOfSnapshot(
  json: string,
  store: SnapshotTextStore,
): Promise<{ content: EditorialContent; byReference: boolean } | undefined> {
  const parsed = JSON.parse(json) as (EditorialContent & { format?: undefined }) | { format: 2; guides: StoredGuide[] };
  if (parsed.format === undefined) return { content: parsed, byReference: false };
  const { format: _, guides, ...rest } = parsed;
  const hashes = [...new Set(guides.flatMap((g) => Object.values(g.texts).map((t) => t.text)))];
  const markdown = await store.snapshotTexts(hashes);
  if (markdown.size < hashes.length) return undefined;
  const content: EditorialContent = {
    ...(rest as Omit<EditorialContent, 'guides'>),
    guides: guides.map((g) => ({
      ...g,
      texts: Object.fromEntries(
        Object.entries(g.texts).map(([lang, { text, ...t }]) => [lang, { ...t, markdown: markdown.get(text) ?? '' }]),
      ),
    })),
  };
  return { content, byReference: true };
}
