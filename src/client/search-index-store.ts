import type { GuideTranslation, Manifest } from '../domain/content.js';
import { SOURCE_LANGUAGE } from '../domain/languages.js';
import { kioskDb, type SearchIndexRecord } from './db.js';

/** The stored search index of a content version in a language, if it was built. */
export async function readSearchIndex(version: number, lang: string): Promise<SearchIndexRecord | undefined> {
  return (await kioskDb()).get('searchIndexes', [version, lang]);
}

/** Keeps a built index under its version and language. */
export async function storeSearchIndex(record: SearchIndexRecord): Promise<void> {
  await (await kioskDb()).put('searchIndexes', record);
}

/** Which [version, language] indexes are stored. */
export async function storedSearchIndexKeys(): Promise<[number, string][]> {
  return (await kioskDb()).getAllKeys('searchIndexes');
}

/** Drops every index of a version not in `kept`: an index lives as long as its version does. */
export async function dropSearchIndexesExcept(kept: ReadonlySet<number>): Promise<void> {
  const tx = (await kioskDb()).transaction('searchIndexes', 'readwrite');
  for (const key of await tx.store.getAllKeys()) if (!kept.has(key[0])) await tx.store.delete(key);
  await tx.done;
}

/**
 * The guides a search in `lang` covers at a version, read as Home reads them (the language, else its
 * Swedish fallback); undefined when the version's manifest is gone.
 */
export async function guidesForSearch(version: number, lang: string): Promise<GuideTranslation[] | undefined> {
  const tx = (await kioskDb()).transaction(['manifests', 'entries']);
  const manifest: Manifest | undefined = await tx.objectStore('manifests').get(version);
  if (!manifest) {
    await tx.done;
    return undefined;
  }
  // One pass over the manifest, not a find per guide: at 10,000 entries a find per guide is slow.
  const own = new Map<string, string>();
  const swedish = new Map<string, string>();
  for (const e of manifest.entries) {
    if (e.kind !== 'guide') continue;
    if (e.lang === lang) own.set(e.id, e.hash);
    if (e.lang === SOURCE_LANGUAGE) swedish.set(e.id, e.hash);
  }
  const entries = tx.objectStore('entries');
  const read = async (hash: string | undefined) => {
    const entry = hash === undefined ? undefined : await entries.get(hash);
    return entry?.kind === 'guide' ? [entry.body] : [];
  };
  const ids = [...new Set([...swedish.keys(), ...own.keys()])];
  const guides = await Promise.all(ids.map((id) => read(own.get(id) ?? swedish.get(id))));
  await tx.done;
  // Home's order, so guides the index scores alike come out in the order Home lists them.
  return guides.flat().sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/**
 * The [version, language] indexes the tablet should hold and does not: every language of the active
 * and the ready version (built before it becomes active, so the switch at a reset point costs no
 * build). Indexes of any other version are dropped on the way.
 */
export async function missingSearchIndexes(langs: readonly string[]): Promise<[number, string][]> {
  const state = (await (await kioskDb()).get('meta', 'content')) ?? { active: null, ready: null };
  const versions = [state.active, state.ready].filter((v): v is number => v !== null);
  await dropSearchIndexesExcept(new Set(versions));
  const stored = new Set((await storedSearchIndexKeys()).map(([v, l]) => `${v} ${l}`));
  return versions.flatMap((v) => langs.filter((l) => !stored.has(`${v} ${l}`)).map((l): [number, string] => [v, l]));
}
