import {
  type Category,
  entryFor,
  type GuideTranslation,
  guideEntryId,
  type Manifest,
  type Welcome,
} from '../domain/content.js';
import { type ContentState, EMPTY_STATE, kioskDb, type StoredEntry } from './db.js';

/** The content state record (which version is active, ready, previous). */
export async function readContentState(): Promise<ContentState> {
  return (await (await kioskDb()).get('meta', 'content')) ?? { ...EMPTY_STATE };
}

/** A stored manifest by version (active, ready or previous), or undefined if the tablet lacks it. */
export async function storedManifest(version: number): Promise<Manifest | undefined> {
  return (await kioskDb()).get('manifests', version);
}

/** Hashes of the manifest's entries not yet stored on the tablet. */
export async function missingEntryHashes(manifest: Manifest): Promise<string[]> {
  const db = await kioskDb();
  const tx = db.transaction('entries');
  const wanted = [...new Set(manifest.entries.map((e) => e.hash))];
  const present = await Promise.all(wanted.map((hash) => tx.store.getKey(hash)));
  await tx.done;
  return wanted.filter((_, i) => present[i] === undefined);
}

/** Stores verified entries in one transaction. Entries are content-addressed, so a partly downloaded version is harmless. */
export async function storeEntries(entries: StoredEntry[]): Promise<void> {
  const tx = (await kioskDb()).transaction('entries', 'readwrite');
  await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
}

/**
 * Records a completely downloaded manifest, in ONE transaction. On a tablet with no content yet it
 * becomes active at once; otherwise it is `ready` and waits for the next reset point.
 */
export async function commitManifest(manifest: Manifest, etag: string | null): Promise<ContentState> {
  const tx = (await kioskDb()).transaction(['manifests', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const state = (await meta.get('content')) ?? { ...EMPTY_STATE };
  const next: ContentState = {
    ...state,
    ...(state.active === null ? { active: manifest.version } : { ready: manifest.version }),
    etag,
    lastSyncAt: new Date().toISOString(),
    lastError: null,
  };
  if (next.ready === next.active) next.ready = null;
  await tx.objectStore('manifests').put(manifest);
  await meta.put(next, 'content');
  await tx.done;
  return next;
}

/** Notes a sync failure (kept for the health report) without touching the versions. */
export async function recordSyncError(message: string): Promise<void> {
  const tx = (await kioskDb()).transaction('meta', 'readwrite');
  const state = (await tx.store.get('content')) ?? { ...EMPTY_STATE };
  await tx.store.put({ ...state, lastError: message }, 'content');
  await tx.done;
}

/**
 * Makes a ready version the active one, in ONE transaction, and forgets entries and manifests no
 * kept version (active or previous) uses. Call only at a reset point. Returns true if it switched.
 */
export async function applyReadyVersion(): Promise<boolean> {
  const tx = (await kioskDb()).transaction(['manifests', 'meta', 'entries'], 'readwrite');
  const meta = tx.objectStore('meta');
  const state = await meta.get('content');
  if (!state || state.ready === null) {
    await tx.done;
    return false;
  }
  const next: ContentState = { ...state, active: state.ready, previous: state.active, ready: null };
  await meta.put(next, 'content');

  const manifests = tx.objectStore('manifests');
  const kept = new Set([next.active, next.previous]);
  const keptHashes = new Set<string>();
  for (const manifest of await manifests.getAll()) {
    if (kept.has(manifest.version)) for (const e of manifest.entries) keptHashes.add(e.hash);
    else await manifests.delete(manifest.version);
  }
  const entries = tx.objectStore('entries');
  for (const hash of await entries.getAllKeys()) {
    if (!keptHashes.has(hash)) await entries.delete(hash);
  }
  await tx.done;
  return true;
}

/** What the screens read: the active version's manifest, or undefined before the first download. */
export async function activeManifest(): Promise<Manifest | undefined> {
  const db = await kioskDb();
  const state = await db.get('meta', 'content');
  return state?.active == null ? undefined : db.get('manifests', state.active);
}

/** Media hashes any kept version (active, ready, previous) references. */
export async function keptMediaHashes(): Promise<Set<string>> {
  const db = await kioskDb();
  const manifests = await db.getAll('manifests');
  return new Set(manifests.flatMap((m) => m.media.map((x) => x.hash)));
}

/** The entry hash for an id in a language, falling back to the source language. */
function entryHash(manifest: Manifest, id: string, lang: string): string | undefined {
  return entryFor(manifest, id, lang)?.hash;
}

/** What the Home screen shows: the active version's categories and guides in one language. */
export interface HomeView {
  manifest: Manifest;
  categories: Category[];
  guides: GuideTranslation[];
  welcome: Welcome | undefined;
  /** A complete newer version is waiting for a reset point. */
  readyPending: boolean;
}

/**
 * Reads everything Home needs in ONE read transaction (state, manifest, categories, every guide in
 * the language or its source-language fallback): it is on the start-up path, where every extra
 * round trip to IndexedDB shows. Undefined before the tablet has any content.
 */
export async function loadHomeView(lang: string): Promise<HomeView | undefined> {
  const tx = (await kioskDb()).transaction(['meta', 'manifests', 'entries']);
  const state = await tx.objectStore('meta').get('content');
  const manifest = state?.active == null ? undefined : await tx.objectStore('manifests').get(state.active);
  if (!state || !manifest) {
    await tx.done;
    return undefined;
  }
  const entries = tx.objectStore('entries');
  const guideIds = [...new Set(manifest.entries.filter((e) => e.kind === 'guide').map((e) => e.id))];
  const read = (id: string) => {
    const hash = entryHash(manifest, id, lang);
    return hash ? entries.get(hash) : undefined;
  };
  const [categoryEntry, welcomeEntry, ...guideEntries] = await Promise.all([
    read('categories'),
    read('welcome'),
    ...guideIds.map(read),
  ]);
  await tx.done;
  return {
    manifest,
    categories: categoryEntry?.kind === 'categories' ? categoryEntry.body.categories : [],
    guides: guideEntries
      .flatMap((e) => (e?.kind === 'guide' ? [e.body] : []))
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    welcome: welcomeEntry?.kind === 'welcome' ? welcomeEntry.body : undefined,
    readyPending: state.ready !== null,
  };
}

/** One guide in a language (or the source language), or undefined if the manifest has no such guide. */
export async function loadGuide(manifest: Manifest, slug: string, lang: string): Promise<GuideTranslation | undefined> {
  const hash = entryHash(manifest, guideEntryId(slug), lang);
  const entry = hash ? await (await kioskDb()).get('entries', hash) : undefined;
  return entry?.kind === 'guide' ? entry.body : undefined;
}
