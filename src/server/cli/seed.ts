import { loadConfig } from '../config.js';
import { guideTextPool } from '../content/guide-text-pool.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { mediaStore } from '../media-store.js';
import { contentRepository } from '../repositories/content-repository.js';
import { editorialRepository } from '../repositories/editorial-repository.js';
import { timesRepository } from '../repositories/times-repository.js';
import { seedIfEmpty } from '../seed.js';

/** `npm run seed`: migrates the database and publishes the seed content if nothing is published. */
const config = loadConfig();
const db = openDatabase(config);
const guideText = guideTextPool();
try {
  await migrateToLatest(db);
  const stores = {
    content: contentRepository(db),
    editorial: editorialRepository(db),
    times: timesRepository(db),
    guideText,
  };
  const version = await seedIfEmpty(stores, mediaStore(config.dataDir), config.contentDir);
  console.log(
    version ? `Published the seed content as version ${version}.` : 'Content is already published; nothing to do.',
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await guideText.close();
  await db.destroy();
}
