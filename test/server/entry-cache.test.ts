import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest, ManifestEntry } from '../../src/domain/content.js';
import { sourceOf } from '../../src/server/content/editorial-publish.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const keyOf = (e: { id: string; lang: string }) => `${e.id} ${e.lang}`;

describe('publishing makes only the entries whose inputs changed, byte for byte as before', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let headers: Record<string, string>;
  beforeEach(async () => {
    server = await testServer();
    headers = await signedIn(server);
  });
  afterEach(async () => {
    await server.close();
  });

  const manifest = async (version: number) =>
    JSON.parse((await server.app.content.manifestOf(version))?.manifest ?? 'null') as Manifest;
  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await server.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** The entries' hashes as the publish path without any cache makes them from the editorial content now. */
  const uncachedHashes = async () => {
    const source = await sourceOf(
      server.app.work,
      await server.app.editorial.load(),
      await server.app.editorial.mediaFiles(),
    );
    return new Map(source.entries.map((e) => [keyOf(e), sha256(JSON.stringify(e.body))]));
  };
  const hashes = (m: Manifest) => new Map(m.entries.map((e: ManifestEntry) => [keyOf(e), e.hash]));
  const cacheRows = async () => (await server.db.selectFrom('entry_cache').select('key').execute()).length;

  it('keeps every unchanged entry, re-makes the edited one, and restores the earlier version exactly', async () => {
    const v1 = await manifest(1);
    // The seed as published equals what the code without the cache makes, entry for entry.
    expect(hashes(v1)).toEqual(await uncachedHashes());
    const rowsBefore = await cacheRows();
    expect(rowsBefore).toBe(v1.entries.filter((e) => e.kind === 'guide').length);

    const english = (await send('GET', '/api/staff/guides/bankid')).texts.en;
    await send('PUT', '/api/staff/guides/bankid/texts/en', {
      markdown: `${english.markdown}\nOne more line.\n`,
      status: english.status,
    });
    const preview = await send('GET', '/api/staff/publish/preview');
    expect(preview.changed.map(keyOf)).toEqual(['guide/bankid en']);
    expect(await send('POST', '/api/staff/publish', { changelog: 'one text' })).toEqual({ version: 2, created: true });

    const v2 = await manifest(2);
    const now = await uncachedHashes();
    expect(hashes(v2)).toEqual(now);
    for (const [key, hash] of hashes(v1)) {
      if (key === 'guide/bankid en') expect(hashes(v2).get(key)).not.toBe(hash);
      else expect(hashes(v2).get(key), key).toBe(hash);
    }
    // The edited text was made anew and kept; its body is stored under its hash, byte for byte.
    expect(await cacheRows()).toBe(rowsBefore + 1);
    const edited = v2.entries.find((e) => keyOf(e) === 'guide/bankid en');
    const [blob] = await server.app.content.blobs([edited?.hash ?? '']);
    expect(sha256(blob?.body ?? '')).toBe(edited?.hash);
    expect(blob?.body).toContain('One more line.');

    expect(await send('POST', '/api/staff/versions/1/restore')).toEqual({ version: 3 });
    const v3 = await manifest(3);
    expect(v3.entries).toEqual(v1.entries);
    expect(v3.media).toEqual(v1.media);
    expect((await send('GET', '/api/staff/guides/bankid')).texts.en.markdown).toBe(english.markdown);
  });

  it('re-makes the entries that show a picture whose file changed under the same name', async () => {
    const v1 = await manifest(1);
    const files = await server.app.editorial.mediaFiles();
    const phone = files.find((f) => f.path === 'media/bankid-phone.svg');
    const printer = files.find((f) => f.path === 'media/printer.svg');
    if (!phone || !printer) throw new Error('the seed lacks its pictures');
    await server.app.editorial.addMedia([{ ...printer, path: phone.path }]);

    expect(await send('POST', '/api/staff/publish', { changelog: 'new picture' })).toMatchObject({ created: true });
    const v2 = await manifest(2);
    expect(hashes(v2)).toEqual(await uncachedHashes());
    const changed = v2.entries.filter((e) => hashes(v1).get(keyOf(e)) !== e.hash).map(keyOf);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((k) => k.startsWith('guide/bankid '))).toBe(true);
  });

  it('keeps a snapshot by reference, and still restores a version whose snapshot was kept whole', async () => {
    const whole = JSON.stringify(await server.app.editorial.load());
    const kept = (await server.app.content.versionEditorial(1)) ?? '';
    expect(kept.length).toBeLessThan(whole.length / 3);
    // A version published before snapshots named their texts by hash.
    await server.db.updateTable('content_version').set({ editorial: whole }).where('version', '=', 1).execute();
    const english = (await send('GET', '/api/staff/guides/bankid')).texts.en;
    await send('PUT', '/api/staff/guides/bankid/texts/en', {
      markdown: `${english.markdown}\nMore.\n`,
      status: 'draft',
    });
    await send('POST', '/api/staff/publish', { changelog: 'one text' });

    expect(await send('POST', '/api/staff/versions/1/restore')).toEqual({ version: 3 });
    expect((await manifest(3)).entries).toEqual((await manifest(1)).entries);
    expect((await send('GET', '/api/staff/guides/bankid')).texts.en.markdown).toBe(english.markdown);
    expect(((await server.app.content.versionEditorial(3)) ?? '').length).toBeLessThan(whole.length / 3);
  });
});
