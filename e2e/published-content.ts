import { type Category, entryFor, type GuideTranslation, type Manifest } from '../src/domain/content.js';
import type { KioskServer } from './fixtures.js';

/** A category as a visitor meets it on the kiosk: its name, and its guides in the kiosk's order. */
export interface ShownCategory extends Category {
  guides: GuideTranslation[];
}

/**
 * The content a kiosk of this server holds, in one language, read from the version in force (not
 * from the seed folder), so the tests follow whatever was published: the categories in order, each
 * with its guides, with the same fallback to Swedish and the same order as the kiosk's own reader.
 * Categories without guides are left out, as Home leaves them out.
 */
export async function publishedContent(server: KioskServer, lang: string): Promise<ShownCategory[]> {
  const active = await server.app.content.activeManifest();
  if (!active) throw new Error('the test server has no published content');
  const manifest = JSON.parse(active.manifest) as Manifest;
  const ids = [...new Set(manifest.entries.map((e) => e.id))];
  const hashes = ids.flatMap((id) => entryFor(manifest, id, lang)?.hash ?? []);
  const bodies = (await server.app.content.blobs(hashes)).map((blob) => JSON.parse(blob.body) as unknown);
  const guides = bodies
    .filter((body): body is GuideTranslation => typeof body === 'object' && body !== null && 'steps' in body)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const list = bodies.find(
    (body): body is { categories: Category[] } => typeof body === 'object' && body !== null && 'categories' in body,
  );
  return [...(list?.categories ?? [])]
    .sort((a, b) => a.order - b.order)
    .map((category) => ({ ...category, guides: guides.filter((g) => g.category === category.id) }))
    .filter((category) => category.guides.length > 0);
}
