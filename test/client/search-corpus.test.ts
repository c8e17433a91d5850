import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type GuideTranslation, guideEntryId } from '../../src/domain/content.js';
import { SOURCE_LANGUAGE } from '../../src/domain/languages.js';
import { buildGuideSearch } from '../../src/kiosk/search/guide-search.js';
import { readContentDir } from '../../src/server/content/content-dir.js';
import type { MediaStore } from '../../src/server/media-store.js';
import { SEED_DIR } from '../helpers/server.js';
import { SEARCH_CORPUS } from './search-corpus.js';

// Media only need a hash here: nothing is published or served.
const hashOnly: MediaStore = {
  dir: '',
  put: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  read: () => Promise.reject(new Error('not stored')),
};
const seedGuides = readContentDir(SEED_DIR, hashOnly).entries.flatMap((entry) =>
  entry.kind === 'guide' && entry.id === guideEntryId(entry.body.id) ? [entry.body as GuideTranslation] : [],
);
const inLanguage = (lang: string) => seedGuides.filter((g) => g.lang === lang);
const source = inLanguage(SOURCE_LANGUAGE);

describe.each(Object.entries(SEARCH_CORPUS))('search over the seed guides in %s', (lang, queries) => {
  const search = buildGuideSearch(inLanguage(lang), source);

  it('has the seed guides to search', () => {
    expect(inLanguage(lang).length).toBe(source.length);
  });

  it.each(queries)('"$query" puts $first first', ({ query, first, atMost }) => {
    const results = search.search(query);
    expect(results[0]).toBe(first);
    if (atMost !== undefined) expect(results.length).toBeLessThanOrEqual(atMost);
  });
});
