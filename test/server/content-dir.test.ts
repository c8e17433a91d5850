import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, readContentDir } from '../../src/server/content/content-dir.js';
import { mediaStore } from '../../src/server/media-store.js';
import { SEED_DIR } from '../helpers/server.js';

const made: string[] = [];
function copyOfSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'servicepunkt-content-'));
  made.push(dir);
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readContentDir', () => {
  it('reads the seed: every guide in Swedish, reviewed, and its translations marked as drafts', () => {
    const dir = copyOfSeed();
    const source = readContentDir(dir, mediaStore(dir));
    const guides = source.entries.flatMap((e) => (e.kind === 'guide' ? [e.body] : []));
    const ids = new Set(guides.map((g) => g.id));
    expect([...ids]).toEqual(expect.arrayContaining(['bankid', '1177', 'print-scan']));
    for (const id of ids) expect(guides.some((g) => g.id === id && g.lang === 'sv')).toBe(true);
    for (const guide of guides) {
      expect(guide.steps.length).toBeGreaterThanOrEqual(3);
      expect(guide.draft).toBe(guide.lang !== 'sv');
    }
  });

  it.each([
    [
      'a guide with an unknown category',
      'guides/bankid/guide.json',
      '{"category":"nope","order":1,"reviewed":[]}',
      /guides\/bankid.*unknown category "nope"/,
    ],
    [
      'a guide.json with a wrong type',
      'guides/bankid/guide.json',
      '{"category":"bank-id","order":"first","reviewed":[]}',
      /guides\/bankid\/guide.json: \/order/,
    ],
    ['broken JSON', 'categories.json', '[{', /categories.json/],
    [
      'a category with a pictogram the kiosk cannot draw',
      'categories.json',
      '[{"id":"print-scan","order":1,"name":{"sv":"Skriva ut"},"icon":"rocket"}]',
      /categories.json: \/0\/icon/,
    ],
    ['a language that is not shipped', 'guides/bankid/xx.md', '# T\n\n## S\ntext', /"xx" is not a shipped language/],
    [
      'HTML in a guide',
      'guides/1177/en.md',
      '# T\n\n## S\n<iframe src="https://x">',
      /guides\/1177\/en.md: line 4: html/,
    ],
    [
      'an image outside media/',
      'guides/1177/en.md',
      '# T\n\n## S\n![x](../../etc/passwd.png)',
      /must be a file in media\//,
    ],
  ])('refuses %s, naming the file', (_name, file, text, message) => {
    const dir = copyOfSeed();
    writeFileSync(join(dir, file), text);
    expect(() => readContentDir(dir, mediaStore(dir))).toThrow(ContentError);
    expect(() => readContentDir(dir, mediaStore(dir))).toThrow(message);
  });
});
