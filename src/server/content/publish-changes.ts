import type {
  CategoryList,
  EntryBodyByKind,
  EntryKind,
  GuideTranslation,
  ManifestEntry,
  MediaRef,
  VideoRef,
} from '../../domain/content.js';
import { SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { ChangePart, ContentChange } from '../../domain/staff-api.js';

/** The body of any kind of entry. */
export type EntryBody = EntryBodyByKind[EntryKind];

/**
 * An entry of the version to be published: its manifest line and the body it was hashed from
 * (absent for an entry stored before whose body the change list does not look at).
 */
export interface PlannedEntry {
  line: ManifestEntry;
  body: EntryBody | undefined;
}

/** Everything the change list is worked out from; all of it already loaded. */
export interface ChangeInputs {
  /** The version in force's entries and media. */
  current: { entries: ManifestEntry[]; media: MediaRef[] };
  /** The entries and media the publish would put in force. */
  next: { entries: PlannedEntry[]; media: MediaRef[] };
  /** Bodies of the version in force's entries, by hash (at least those changed or removed). */
  before: ReadonlyMap<string, EntryBody>;
}

const key = (e: { id: string; lang: string }) => `${e.id}\n${e.lang}`;

/** The media hashes an entry makes a kiosk fetch: a guide's images, video and captions; the welcome video. */
function mediaOf(line: ManifestEntry, body: EntryBody | undefined): string[] {
  if (!body) return [];
  const video = (v: VideoRef | undefined) => (v ? [v.media, ...v.captions.map((c) => c.media)] : []);
  if (line.kind === 'guide') return [...imagesOf(body as GuideTranslation), ...video((body as GuideTranslation).video)];
  if (line.kind === 'welcome') return video((body as { video?: VideoRef }).video);
  return [];
}

function imagesOf(guide: GuideTranslation): string[] {
  return guide.steps.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'image' ? [b.media] : [])));
}

/** A guide's words, images left out (alt texts stay: they are words): what "text changed" compares. */
function wordsOf(guide: GuideTranslation): string {
  const steps = guide.steps.map((s) => ({
    ...s,
    blocks: s.blocks.map((b) => (b.type === 'image' ? { ...b, media: '' } : b)),
  }));
  return JSON.stringify([guide.title, guide.summary, steps]);
}

function guideParts(old: GuideTranslation, now: GuideTranslation): ChangePart[] {
  const parts: ChangePart[] = [];
  if (wordsOf(old) !== wordsOf(now)) parts.push('text');
  // The guide's own pictogram is a picture too, as a category's is.
  if (imagesOf(old).join() !== imagesOf(now).join() || (old.icon ?? '') !== (now.icon ?? '')) parts.push('images');
  if (JSON.stringify(old.video ?? null) !== JSON.stringify(now.video ?? null)) parts.push('video');
  if (old.draft !== now.draft) parts.push('review');
  if (old.category !== now.category || old.order !== now.order) parts.push('placement');
  return parts;
}

/** Categories that differ between two lists of one language, and how. */
function categoryDiff(old: CategoryList | undefined, now: CategoryList | undefined) {
  const before = new Map((old?.categories ?? []).map((c) => [c.id, c]));
  const after = new Map((now?.categories ?? []).map((c) => [c.id, c]));
  const ids = new Set<string>();
  const parts = new Set<ChangePart>();
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id);
    const b = after.get(id);
    if (!a || !b) {
      ids.add(id);
      parts.add('text');
      continue;
    }
    if (a.name !== b.name) parts.add('text');
    if ((a.icon ?? '') !== (b.icon ?? '')) parts.add('images');
    if (a.order !== b.order) parts.add('placement');
    if (a.name !== b.name || (a.icon ?? '') !== (b.icon ?? '') || a.order !== b.order) ids.add(id);
  }
  return { ids: [...ids], parts: [...parts] };
}

/**
 * The change list of a publish: entries added, changed and removed, each named as editors know it
 * (a guide by its Swedish title, a category list by the Swedish names of the categories changed in
 * it), with what changed in it and what a kiosk holding the version in force downloads for it (the
 * entry and its media that kiosk lacks). The total counts each missing file once.
 */
export function changesOf({ current, next, before }: ChangeInputs) {
  const held = new Set([...current.entries.map((e) => e.hash), ...current.media.map((m) => m.hash)]);
  const sizes = new Map(next.media.map((m) => [m.hash, m.size]));
  const old = new Map(current.entries.map((e) => [key(e), e]));
  const now = new Map(next.entries.map((e) => [key(e.line), e]));
  const bodyBefore = (e: { id: string; lang: string } | undefined) => {
    const line = e && old.get(key(e));
    return line ? before.get(line.hash) : undefined;
  };

  // Names in Swedish, whichever language changed; the old version names what was removed.
  const titles = new Map<string, string>();
  const categoryNames = new Map<string, string>();
  const learn = (id: string, body: EntryBody | undefined) => {
    if (!body) return;
    if (id === 'categories') {
      for (const c of (body as CategoryList).categories) if (!categoryNames.has(c.id)) categoryNames.set(c.id, c.name);
    } else if (id.startsWith('guide/') && !titles.has(id)) titles.set(id, (body as GuideTranslation).title);
  };
  const sources = [...next.entries.filter((e) => e.line.lang === SOURCE_LANGUAGE)];
  for (const e of sources) learn(e.line.id, e.body);
  for (const e of current.entries) if (e.lang === SOURCE_LANGUAGE) learn(e.id, before.get(e.hash));
  for (const e of next.entries) learn(e.line.id, e.body);
  for (const e of current.entries) learn(e.id, before.get(e.hash));

  const download = (line: ManifestEntry, body: EntryBody | undefined) =>
    (held.has(line.hash) ? 0 : line.size) +
    [...new Set(mediaOf(line, body))].filter((h) => !held.has(h)).reduce((sum, h) => sum + (sizes.get(h) ?? 0), 0);

  const describe = (line: ManifestEntry, oldBody: EntryBody | undefined, newBody: EntryBody | undefined) => {
    let title = titles.get(line.id) ?? line.id;
    let parts: ChangePart[] = [];
    if (line.kind === 'categories') {
      const diff = categoryDiff(oldBody as CategoryList | undefined, newBody as CategoryList | undefined);
      title = diff.ids.map((id) => categoryNames.get(id) ?? id).join(', ');
      if (oldBody && newBody) parts = diff.parts;
    } else if (line.kind === 'guide' && oldBody && newBody) {
      parts = guideParts(oldBody as GuideTranslation, newBody as GuideTranslation);
    } else if (line.kind === 'welcome' && oldBody && newBody) {
      parts = ['video'];
    }
    return { title, parts };
  };

  const added: ContentChange[] = [];
  const changed: ContentChange[] = [];
  for (const { line, body } of next.entries) {
    const was = old.get(key(line));
    if (was?.hash === line.hash) continue;
    const change = { id: line.id, lang: line.lang, kind: line.kind, ...describe(line, bodyBefore(line), body) };
    (was ? changed : added).push({ ...change, downloadBytes: download(line, body) });
  }
  const removed: ContentChange[] = current.entries
    .filter((e) => !now.has(key(e)))
    .map((e) => ({
      id: e.id,
      lang: e.lang,
      kind: e.kind,
      ...describe(e, before.get(e.hash), undefined),
      downloadBytes: 0,
    }));

  const missing = new Set<string>();
  let downloadBytes = 0;
  for (const { line } of next.entries) if (!held.has(line.hash)) downloadBytes += line.size;
  for (const m of next.media)
    if (!held.has(m.hash) && !missing.has(m.hash)) {
      missing.add(m.hash);
      downloadBytes += m.size;
    }
  return { added, changed, removed, downloadBytes };
}

/**
 * The hashes of the stored bodies the change list needs: the entries in force that change or go,
 * and, of the entries to publish whose bodies are not at hand (`atHand` false), those that are new
 * or changed and the Swedish ones of every guide with a change (they name it).
 */
export function bodiesNeeded(
  current: ManifestEntry[],
  next: ManifestEntry[],
  atHand: (line: ManifestEntry) => boolean = () => true,
): string[] {
  const now = new Map(next.map((e) => [key(e), e.hash]));
  const was = new Map(current.map((e) => [key(e), e.hash]));
  const gone = current.filter((e) => now.get(key(e)) !== e.hash);
  const changedIds = new Set([...gone, ...next.filter((e) => was.get(key(e)) !== e.hash)].map((e) => e.id));
  const fetch = next.filter(
    (e) => !atHand(e) && (was.get(key(e)) !== e.hash || (e.lang === SOURCE_LANGUAGE && changedIds.has(e.id))),
  );
  return [...new Set([...gone, ...fetch].map((e) => e.hash))];
}
