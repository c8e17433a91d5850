import { readContentDir } from './content/content-dir.js';
import { publishContent } from './content/publish.js';
import type { MediaStore } from './media-store.js';
import type { ContentRepository } from './repositories/content-repository.js';

/**
 * Publishes the seed content as the first version when nothing has been published yet.
 * Returns the version made, or undefined when content was already there.
 */
export async function seedIfEmpty(
  repo: ContentRepository,
  media: MediaStore,
  contentDir: string,
): Promise<number | undefined> {
  if (await repo.activeVersion()) return undefined;
  const result = await publishContent(repo, readContentDir(contentDir, media), 'Seed content');
  return result.version;
}
