import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activeManifest,
  applyReadyVersion,
  loadGuide,
  loadHomeView,
  readContentState,
} from '../../src/client/content-store.js';
import { IntegrityError, syncContent } from '../../src/client/content-sync.js';
import { closeKioskDb, kioskDb } from '../../src/client/db.js';
import { StorageFullError } from '../../src/client/storage.js';
import { MAX_ENTRIES_PER_REQUEST } from '../../src/domain/content.js';
import { injectFetch, testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let requests: string[];
let fetch: typeof globalThis.fetch;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  server = await testServer();
  requests = [];
  fetch = injectFetch(server.app, requests);
});
afterEach(async () => {
  await closeKioskDb();
  await server.close();
});

/** Publishes a version whose Swedish BankID guide has a new first step title. */
const publishChangedBankId = (title: string) =>
  server.publishEdited('bankid', 'sv', (guide) => {
    if (guide.steps[0]) guide.steps[0].title = title;
  });

const sync = () => syncContent({ fetch, media: null });
const entryRequests = () => requests.filter((r) => r.startsWith('/api/content/entries'));
const requestedHashes = () => entryRequests().flatMap((r) => r.split('=')[1]?.split(',') ?? []);

describe('content sync', () => {
  it('downloads the first version whole and makes it active at once', async () => {
    const result = await sync();
    expect(result).toMatchObject({ status: 'updated', version: 1, activated: true });
    const manifest = await activeManifest();
    expect(manifest?.version).toBe(1);
    if (!manifest) return;
    const english = await loadHomeView('en');
    const categories = english?.categories.map((c) => c.id) ?? [];
    // In the seed report's order: printing first, then banking.
    expect(categories.slice(0, 2)).toEqual(['print-scan', 'bank-id']);
    expect(categories).toContain('health');
    expect(english?.guides.every((g) => g.lang === 'en')).toBe(true);
    const swedish = await loadHomeView('sv');
    expect(swedish?.guides.map((g) => g.id)).toEqual(expect.arrayContaining(['1177', 'bankid', 'print-scan']));
    expect(swedish?.readyPending).toBe(false);
    expect((await loadGuide(manifest, 'bankid', 'en'))?.lang).toBe('en');
  });

  it('falls back to Swedish for a language a guide lacks', async () => {
    await sync();
    const manifest = await activeManifest();
    if (!manifest) throw new Error('no manifest');
    const guide = await loadGuide(manifest, 'bankid', 'xx');
    expect(guide?.lang).toBe('sv');
  });

  it('asks with its ETag and fetches nothing when unchanged', async () => {
    await sync();
    requests.length = 0;
    expect(await sync()).toEqual({ status: 'unchanged' });
    expect(requests).toEqual(['/api/content/manifest?since=1']);
  });

  it('fetches only the changed entry and keeps it waiting until a reset point', async () => {
    await sync();
    await publishChangedBankId('Ny rubrik');
    requests.length = 0;

    const result = await sync();
    expect(result).toMatchObject({ status: 'updated', version: 2, entriesFetched: 1, activated: false, via: 'delta' });
    expect(entryRequests()).toHaveLength(1);
    expect(entryRequests()[0]?.split('=')[1]?.split(',')).toHaveLength(1);

    // Not switched yet: the visitor still reads version 1.
    let manifest = await activeManifest();
    expect(manifest?.version).toBe(1);
    expect(await readContentState()).toMatchObject({ active: 1, ready: 2 });

    expect(await applyReadyVersion()).toBe(true);
    manifest = await activeManifest();
    expect(manifest?.version).toBe(2);
    if (!manifest) return;
    expect((await loadGuide(manifest, 'bankid', 'sv'))?.steps[0]?.title).toBe('Ny rubrik');
    expect(await readContentState()).toMatchObject({ active: 2, ready: null, previous: 1 });
  });

  it('asks for the full manifest when the base a delta is made from is no longer stored', async () => {
    await sync();
    await publishChangedBankId('Utan bas');
    await (await kioskDb()).delete('manifests', 1);
    requests.length = 0;
    expect(await sync()).toMatchObject({ status: 'updated', version: 2, via: 'full' });
    expect(requests.filter((r) => r.startsWith('/api/content/manifest'))).toEqual([
      '/api/content/manifest?since=1',
      '/api/content/manifest',
    ]);
  });

  it('throws away a rebuilt manifest that does not match the digest, and takes the full one', async () => {
    await sync();
    const { entry } = await publishChangedBankId('Fel summa');
    const tampering: typeof globalThis.fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).includes('since=')) return response;
      const body = await response.json();
      return Response.json({ ...body, digest: '0'.repeat(64) }, { headers: response.headers });
    };
    expect(await syncContent({ fetch: tampering, media: null })).toMatchObject({ version: 2, via: 'full' });
    const ready = await (await kioskDb()).get('manifests', 2);
    expect(ready?.entries.find((e) => e.id === 'guide/bankid' && e.lang === 'sv')).toEqual(entry);
  });

  it('forgets entries no kept version uses once a third version is applied', async () => {
    await sync();
    const v1 = await activeManifest();
    await publishChangedBankId('Två');
    await sync();
    await applyReadyVersion();
    await publishChangedBankId('Tre');
    await sync();
    await applyReadyVersion();
    const db = await kioskDb();
    const v1BankId = v1?.entries.find((e) => e.id === 'guide/bankid' && e.lang === 'sv')?.hash ?? '';
    expect(await db.getKey('entries', v1BankId)).toBeUndefined();
    expect(await db.getAllKeys('manifests')).toEqual([2, 3]);
  });

  it('refuses a version with a corrupted entry and keeps the one in force', async () => {
    await sync();
    const { version } = await publishChangedBankId('Korrupt');
    const m = JSON.parse(
      (
        await server.db
          .selectFrom('content_version')
          .select('manifest')
          .where('version', '=', version)
          .executeTakeFirstOrThrow()
      ).manifest,
    );
    const changedHash = m.entries.find(
      (e: { id: string; lang: string }) => e.id === 'guide/bankid' && e.lang === 'sv',
    ).hash;
    await server.db
      .updateTable('content_blob')
      .set({ body: '{"tampered":true}' })
      .where('hash', '=', changedHash)
      .execute();

    await expect(sync()).rejects.toThrow(IntegrityError);
    const state = await readContentState();
    expect(state).toMatchObject({ active: 1, ready: null });
    expect(state.lastError).toMatch(/does not match its hash/);
    expect(await applyReadyVersion()).toBe(false);
    const db = await kioskDb();
    expect(await db.getKey('entries', changedHash)).toBeUndefined();
  });

  it('resumes an interrupted download, fetching only what it still lacks', async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      // The first batch is stored; the connection drops during the second.
      if (String(input).includes('/api/content/entries') && ++calls === 2) throw new TypeError('network down');
      return fetch(input, init);
    };
    await expect(syncContent({ fetch: flaky, media: null })).rejects.toThrow('network down');
    expect(await activeManifest()).toBeUndefined();
    expect((await readContentState()).lastError).toBe('network down');
    const firstBatch = requestedHashes().slice(0, MAX_ENTRIES_PER_REQUEST);

    requests.length = 0;
    const result = await syncContent({ fetch: flaky, media: null });
    expect(result).toMatchObject({ status: 'updated', version: 1, activated: true });
    const manifest = await activeManifest();
    const all = new Set(manifest?.entries.map((e) => e.hash));
    // Everything but the stored first batch was fetched, each hash once.
    expect(requestedHashes()).toHaveLength(all.size - firstBatch.length);
    expect(requestedHashes().some((h) => firstBatch.includes(h))).toBe(false);
  });

  it('reports a server with no content as none, without touching the tablet', async () => {
    const empty = await testServer({ seed: false });
    const result = await syncContent({ fetch: injectFetch(empty.app), media: null });
    await empty.close();
    expect(result).toEqual({ status: 'none' });
    expect(await activeManifest()).toBeUndefined();
  });
});

describe('storage', () => {
  it('refuses a download that would not fit, before fetching any entry, and keeps the version in force', async () => {
    await sync();
    await publishChangedBankId('Får inte plats');
    const storage = { estimate: async () => ({ quota: 60 * 1024 * 1024, usage: 59 * 1024 * 1024 }) };
    Object.defineProperty(globalThis, 'navigator', { value: { storage }, configurable: true });
    try {
      requests.length = 0;
      await expect(sync()).rejects.toThrow(StorageFullError);
      expect(entryRequests()).toEqual([]);
      expect(await readContentState()).toMatchObject({ active: 1, ready: null });
      expect((await readContentState()).lastError).toMatch(/not enough storage/);
    } finally {
      Reflect.deleteProperty(globalThis, 'navigator');
    }
  });
});
