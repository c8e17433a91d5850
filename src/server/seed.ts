import { systemNoteText } from '../domain/system-notes.js';
import { folderMedia, readContentFolder } from './content/content-dir.js';
import { publishEditorial } from './content/editorial-publish.js';
import type { WorkPool } from './content/work-pool.js';
import { seedSessionsIfEmpty } from './help/seed-sessions.js';
import type { MediaStore } from './media-store.js';
import type { ContentRepository } from './repositories/content-repository.js';
import type { EditorialRepository } from './repositories/editorial-repository.js';
import type { TimesRepository } from './repositories/times-repository.js';

/**
 * Imports the seed content folder into an empty database (as editorial content, with its media)
 * and publishes it as the first version. Returns the version made, or undefined when content
 * was already there.
 */
export async function seedIfEmpty(
  stores: {
    content: ContentRepository;
    editorial: EditorialRepository;
    times: TimesRepository;
    work: WorkPool;
  },
  media: MediaStore,
  contentDir: string,
): Promise<number | undefined> {
  await seedSessionsIfEmpty(stores.times, contentDir);
  if ((await stores.content.activeVersion()) || !(await stores.editorial.isEmpty())) return undefined;
  const content = readContentFolder(contentDir);
  const files = folderMedia(contentDir, media).all();
  await stores.content.addMediaRows([...files.values()]);
  await stores.editorial.addMedia([...files].map(([path, ref]) => ({ path, ...ref })));
  await stores.editorial.replaceAll(content, 'seed');
  return (await publishEditorial(stores, systemNoteText({ system: 'seed' }))).version;
}
