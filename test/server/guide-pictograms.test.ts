import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GuideTranslation, type Manifest, parseEntries } from '../../src/domain/content.js';
import { LANGUAGES } from '../../src/domain/languages.js';
import type { GuideDetail, PublishPreview } from '../../src/domain/staff-api.js';
import { fingerprint } from '../helpers/db-fingerprint.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let headers: Record<string, string>;

beforeEach(async () => {
  server = await testServer();
  headers = await signedIn(server);
});
afterEach(async () => {
  await server.close();
});

const inject = (method: 'POST' | 'PUT', url: string, payload?: unknown) =>
  server.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const detail = async (id: string) =>
  (await server.app.inject({ url: `/api/staff/guides/${id}`, headers })).json() as GuideDetail;
const setIcon = (id: string, icon: unknown) => inject('PUT', `/api/staff/guides/${id}/icon`, { icon });
const publish = async (changelog: string) => {
  const response = await inject('POST', '/api/staff/publish', { changelog });
  expect(response.statusCode, response.body).toBe(200);
};
const manifest = async () => JSON.parse((await server.app.inject('/api/content/manifest')).body) as Manifest;

/** A guide's entries, in every language it has, as a kiosk downloads them for the version in force. */
async function kioskGuide(id: string): Promise<GuideTranslation[]> {
  const hashes = (await manifest()).entries.filter((e) => e.id === `guide/${id}`).map((e) => e.hash);
  const response = await server.app.inject(`/api/content/entries?hashes=${hashes.join(',')}`);
  return parseEntries(new Uint8Array(response.rawPayload)).map(
    (e) => JSON.parse(new TextDecoder().decode(e.bytes)) as GuideTranslation,
  );
}
const auditOf = async (action: string) =>
  (await server.app.staff.auditLog(20))
    .filter((a) => a.action === action)
    .map((a) => ({ target: a.target, before: a.before_id, after: a.after_id }));

const NEW_GUIDE = { id: 'lana-bocker', title: 'Låna böcker', category: 'e-services', order: 3, video: null };

describe("a guide's own pictogram", () => {
  it('is chosen when the guide is created, and published in every language it has; seed guides keep their hashes', {
    timeout: 60_000,
  }, async () => {
    const seedHashes = (await manifest()).entries.filter((e) => e.kind === 'guide');
    const created = await inject('POST', '/api/staff/guides', { ...NEW_GUIDE, icon: 'book-open' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: 'lana-bocker', icon: 'book-open' });
    expect(await detail('lana-bocker')).toMatchObject({ icon: 'book-open' });
    // Guides without one say nothing of a pictogram.
    expect(await detail('bankid')).not.toHaveProperty('icon');

    await publish('Ny guide med eget piktogram');
    const entries = await kioskGuide('lana-bocker');
    expect(entries.map((e) => e.lang)).toEqual(['sv']);
    expect(entries[0]?.icon).toBe('book-open');
    // Every seed guide's entry in every language is the same bytes as before: no `icon` key at all.
    const after = (await manifest()).entries.filter((e) => e.kind === 'guide' && e.id !== 'guide/lana-bocker');
    expect(after).toEqual(seedHashes);
    for (const entry of await kioskGuide('bankid')) expect(entry).not.toHaveProperty('icon');
  });

  it('is changed and taken away in the editor, each change audited; once published, kiosks follow', async () => {
    const changed = await setIcon('bankid', 'key-round');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: 'bankid', icon: 'key-round' });
    // Not on kiosks until it is published; the publish screen lists it in every language as a picture change.
    for (const entry of await kioskGuide('bankid')) expect(entry).not.toHaveProperty('icon');
    const preview = (await server.app.inject({ url: '/api/staff/publish/preview', headers })).json() as PublishPreview;
    expect(preview.changed.map((c) => c.id)).toEqual(LANGUAGES.map(() => 'guide/bankid'));
    for (const c of preview.changed) expect(c.parts).toEqual(['images']);
    await publish('BankID får en nyckel');
    const published = await kioskGuide('bankid');
    expect(published.map((e) => e.lang).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const entry of published) expect(entry.icon).toBe('key-round');

    // The same choice again changes nothing and is not logged.
    expect((await setIcon('bankid', 'key-round')).statusCode).toBe(200);
    expect((await setIcon('bankid', 'shield-check')).json()).toMatchObject({ icon: 'shield-check' });
    const removed = await setIcon('bankid', null);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).not.toHaveProperty('icon');
    expect(await auditOf('set-guide-icon')).toEqual([
      { target: 'guide/bankid', before: 'shield-check', after: null },
      { target: 'guide/bankid', before: 'key-round', after: 'shield-check' },
      { target: 'guide/bankid', before: null, after: 'key-round' },
    ]);
    await publish('BankID visar kategorins bild igen');
    for (const entry of await kioskGuide('bankid')) expect(entry).not.toHaveProperty('icon');
  });

  it('must be one the kiosk can draw: anything else is a 400 naming the field, and nothing changes', async () => {
    expect((await setIcon('bankid', 'key-round')).statusCode).toBe(200);
    const before = await fingerprint(server.db, server.media.dir);
    for (const icon of ['rocket', 'Printer', '', 7, true, { name: 'printer' }]) {
      for (const response of [
        await setIcon('bankid', icon),
        await inject('POST', '/api/staff/guides', { ...NEW_GUIDE, icon }),
      ]) {
        expect(response.statusCode, JSON.stringify(icon)).toBe(400);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.json().field).toBe('body/icon');
      }
    }
    // No body, a body without the field, or with another field beside it.
    for (const payload of [undefined, {}, { icon: 'printer', extra: 1 }]) {
      const response = await inject('PUT', '/api/staff/guides/bankid/icon', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await setIcon('no-such-guide', 'printer')).statusCode).toBe(404);
    expect(await fingerprint(server.db, server.media.dir)).toEqual(before);
    expect(await detail('bankid')).toMatchObject({ icon: 'key-round' });
  });

  it('travels in a content pack; a pack without pictograms imports as before; a bad one is refused', {
    timeout: 60_000,
  }, async () => {
    expect((await setIcon('bankid', 'key-round')).statusCode).toBe(200);
    const pack = (await server.app.inject({ url: '/api/staff/pack', headers })).json();
    const guideIn = (id: string) => pack.content.guides.find((g: { id: string }) => g.id === id);
    expect(guideIn('bankid').icon).toBe('key-round');
    expect(guideIn('1177')).not.toHaveProperty('icon');

    const importPack = (body: unknown) =>
      server.app.inject({
        method: 'POST',
        url: '/api/staff/pack',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    guideIn('1177').icon = 'stethoscope';
    let imported = await importPack(pack);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await detail('1177')).toMatchObject({ icon: 'stethoscope' });
    expect(await detail('bankid')).toMatchObject({ icon: 'key-round' });

    // A pack from before guides had pictograms: every guide's tile shows its category's.
    for (const guide of pack.content.guides) delete guide.icon;
    imported = await importPack(pack);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await detail('bankid')).not.toHaveProperty('icon');

    const before = await fingerprint(server.db, server.media.dir);
    guideIn('bankid').icon = 'rocket';
    const refused = await importPack(pack);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/\/content\/guides\/\d+\/icon/);
    expect(await fingerprint(server.db, server.media.dir)).toEqual(before);
  });
});
