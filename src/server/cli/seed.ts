import { loadConfig } from '../config.js';
import { workPool } from '../content/work-pool.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { mediaStore } from '../media-store.js';
import { contentRepository } from '../repositories/content-repository.js';
import { editorialRepository } from '../repositories/editorial-repository.js';
import { timesRepository } from '../repositories/times-repository.js';
import { seedIfEmpty } from '../seed.js';

/** `npm run seed`: migrates the database and publishes the seed content if nothing is published. */
const config = loadConfig();
const db = openDatabase(config);
const work = workPool();
try {
  await migrateToLatest(db);
  const stores = {
    content: contentRepository(db),
    editorial: editorialRepository(db),
    times: timesRepository(db),
    work,
  };
  const version = await seedIfEmpty(stores, mediaStore(config.dataDir), config.contentDir);
  console.log(
    version ? `Published the seed content as version ${version}.` : 'Content is already published; nothing to do.',
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await work.close();
  await db.destroy();
}
