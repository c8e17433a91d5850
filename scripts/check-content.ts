/**
 * `npm run content:check`: reads the content folder exactly as publishing does and reports the first
 * problem (file and line) or a summary of what would be published. Writes nothing outside a
 * temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContentError, readContentDir } from '../src/server/content/content-dir.js';
import { mediaStore } from '../src/server/media-store.js';

const dir = resolve(process.argv[2] ?? 'content');
const scratch = mkdtempSync(join(tmpdir(), 'servicepunkt-check-'));
try {
  const source = readContentDir(dir, mediaStore(scratch));
  const guides = source.entries.filter((e) => e.kind === 'guide');
  const byLang = new Map<string, number>();
  for (const g of guides) byLang.set(g.lang, (byLang.get(g.lang) ?? 0) + 1);
  console.log(`${new Set(guides.map((g) => g.id)).size} guides, ${source.media.length} media files`);
  for (const [lang, count] of byLang) console.log(`  ${lang}: ${count} translations`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
