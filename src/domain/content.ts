/**
 * Content model shared by server, kiosk and service worker.
 *
 * Content is content-addressed: every entry (one guide in one language, or the category list in one
 * language) is stored under the SHA-256 of its JSON bytes, and a manifest lists the entries in force.
 * Guides are structured data rendered to elements; no HTML from content ever reaches the DOM.
 */

/** Inline text inside a paragraph: the restricted Markdown subset the kiosk can render. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  /** Links are never followed on the kiosk; they are shown as text plus a QR code. */
  | { type: 'link'; url: string; children: Inline[] };

/** A block inside a step. */
export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'image'; media: string; alt: string }
  | { type: 'note'; kind: NoteKind; content: Inline[] };

export type NoteKind = 'tip' | 'warning';

export interface Step {
  title: string;
  blocks: Block[];
}

/** A video with its caption tracks (WebVTT), one per language that has captions. */
export interface VideoRef {
  media: string;
  type: string;
  captions: { lang: string; media: string }[];
}

/** One guide in one language: the body of a `guide` entry. */
export interface GuideTranslation {
  id: string;
  lang: string;
  category: string;
  order: number;
  title: string;
  summary: string;
  steps: Step[];
  /** True until a native speaker has reviewed the translation. */
  draft: boolean;
  /** An intro video for the guide; its captions come in every language that has them. */
  video?: VideoRef;
  /**
   * The guide's own pictogram on its tile (a name from `PICTOGRAMS`); absent, the tile shows its
   * category's. Present only when chosen, so guides without one keep their bytes and hashes.
   */
  icon?: string;
}

/** What the welcome (attract) screen offers: the body of the `welcome` entry. */
export interface Welcome {
  video?: VideoRef;
}

export interface Category {
  id: string;
  order: number;
  name: string;
  /** The pictogram on its kiosk tile (a name from `PICTOGRAMS`); editors choose it. */
  icon?: string;
}

/** The category list in one language: the body of a `categories` entry. */
export interface CategoryList {
  lang: string;
  categories: Category[];
}

export type EntryKind = 'guide' | 'categories' | 'welcome';

export interface EntryBodyByKind {
  guide: GuideTranslation;
  categories: CategoryList;
  welcome: Welcome;
}

/** A manifest line: which entry is in force for an id and a language. */
export interface ManifestEntry {
  /** `guide/<slug>`, `categories` or `welcome` (language-neutral, filed under the source language). */
  id: string;
  lang: string;
  kind: EntryKind;
  /** Lower-case hex SHA-256 of the entry's UTF-8 JSON bytes. */
  hash: string;
  size: number;
}

export interface MediaRef {
  hash: string;
  size: number;
  type: string;
}

export interface Manifest {
  version: number;
  createdAt: string;
  entries: ManifestEntry[];
  media: MediaRef[];
}

/** One entry as the batched entry fetch returns it: its hash and its exact bytes. */
export interface EntryPayload {
  hash: string;
  bytes: Uint8Array;
}

/**
 * The batched entry response: for each entry a line `<hash> <byte length>`, the bytes, and a
 * newline. Raw bytes rather than JSON strings: nothing is escaped (a JSON string would add about an
 * eighth to every guide), and the bytes hashed are the bytes sent.
 */
export const ENTRIES_MEDIA_TYPE = 'application/vnd.servicepunkt.entries';

/** Reads a batched entry response (see ENTRIES_MEDIA_TYPE); throws on a malformed one. */
export function parseEntries(data: Uint8Array): EntryPayload[] {
  const entries: EntryPayload[] = [];
  const decoder = new TextDecoder();
  let at = 0;
  while (at < data.length) {
    const newline = data.indexOf(10, at);
    if (newline < 0) throw new Error('entries: a header line has no end');
    const [hash, length] = decoder.decode(data.subarray(at, newline)).split(' ');
    const size = Number(length);
    if (!hash || !Number.isInteger(size) || size < 0 || newline + 1 + size > data.length) {
      throw new Error('entries: a malformed header');
    }
    entries.push({ hash, bytes: data.subarray(newline + 1, newline + 1 + size) });
    at = newline + 1 + size + 1;
  }
  return entries;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The most hashes one batched entry request may ask for (keeps the URL well under 8 KB). */
export const MAX_ENTRIES_PER_REQUEST = 60;

const entryIndexes = new WeakMap<Manifest, Map<string, ManifestEntry>>();

/**
 * The manifest's lines by id and language, made once per manifest object: Home looks up every
 * guide, and a search through 4,500 lines for each of 500 guides is millions of comparisons on a
 * slow tablet. A manifest is never changed once made, so the index cannot go stale.
 */
function entryIndex(manifest: Manifest): Map<string, ManifestEntry> {
  let index = entryIndexes.get(manifest);
  if (!index) {
    index = new Map();
    // The first line for a pair wins, as a search from the start would find it.
    for (const e of manifest.entries) if (!index.has(`${e.id}\n${e.lang}`)) index.set(`${e.id}\n${e.lang}`, e);
    entryIndexes.set(manifest, index);
  }
  return index;
}

/** The manifest line for an id in a language, or in the source language (Swedish) where it lacks one. */
export function entryFor(manifest: Manifest, id: string, lang: string): ManifestEntry | undefined {
  const index = entryIndex(manifest);
  return index.get(`${id}\n${lang}`) ?? index.get(`${id}\nsv`);
}

/** The manifest id of a guide. */
export function guideEntryId(slug: string): string {
  return `guide/${slug}`;
}

/** The text of inline content without its formatting (titles, summaries, search, read-aloud). */
export function plainText(content: readonly Inline[]): string {
  return content.map((i) => (i.type === 'text' ? i.value : plainText(i.children))).join('');
}

/** The categories that have guides, in the editors' order: the ones a visitor is shown. */
export function categoriesWithGuides(categories: Category[], guides: { category: string }[]): Category[] {
  return categories.filter((category) => guides.some((g) => g.category === category.id));
}
