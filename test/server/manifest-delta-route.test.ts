import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/domain/content.js';
import { applyDelta, type ManifestUpdate } from '../../src/domain/manifest-delta.js';
import { DELTA_HISTORY } from '../../src/server/content/manifest-update.js';
import { testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const bare = () => server.app.inject('/api/content/manifest');
const ask = (since: string | number, etag?: string) =>
  server.app.inject({
    url: `/api/content/manifest?since=${since}`,
    headers: etag ? { 'if-none-match': etag } : {},
  });
const bump = (title: string) =>
  server.publishEdited('bankid', 'sv', (g) => {
    if (g.steps[0]) g.steps[0].title = title;
  });

describe('GET /api/content/manifest?since=N', () => {
  it('answers a kiosk holding the previous version with only the changed line, which rebuilds the manifest', async () => {
    const v1 = await bare();
    const { entry } = await bump('Ny rubrik');
    const v2 = await bare();
    const response = await ask(1, String(v1.headers.etag));
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(v2.headers.etag);
    const delta = response.json() as ManifestUpdate;
    if (delta.kind !== 'delta') throw new Error(`expected a delta, got ${delta.kind}`);
    expect(delta).toMatchObject({ base: 1, version: 2, etag: v2.headers.etag, added: [], removed: [] });
    expect(delta.changed).toEqual([entry]);
    expect(delta.digest).toBe(createHash('sha256').update(v2.body).digest('hex'));
    expect(JSON.stringify(applyDelta(v1.json() as Manifest, delta))).toBe(v2.body);
    expect(response.body.length).toBeLessThan(1000);
  });

  it('answers 304 when the kiosk holds the version in force, as without since', async () => {
    const { headers } = await bare();
    const response = await ask(1, String(headers.etag));
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
  });

  it('sends the full manifest for a base it cannot name exactly', async () => {
    const v1 = await bare();
    await bump('Två');
    const v2 = await bare();
    const full = { kind: 'full', manifest: v2.json() };
    // Newer than the server's (a database restored from a backup), unknown, and the right number
    // with another version's ETag (the same number reused after a restore), or no ETag at all.
    for (const [since, etag] of [
      [9, String(v1.headers.etag)],
      [1, '"0000"'],
      [1, undefined],
    ] as const) {
      const response = await ask(since, etag);
      expect(response.statusCode, `since=${since} ${etag}`).toBe(200);
      expect(response.json()).toEqual(full);
    }
  });

  it(`sends the full manifest to a kiosk more than ${DELTA_HISTORY} versions behind`, async () => {
    // Versions written straight into the table (publishing 50 times is slow), before the first
    // request, so the route's remembered version in force is the newest.
    const v1 = await server.db
      .selectFrom('content_version')
      .selectAll()
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    const newest = DELTA_HISTORY + 2;
    for (let version = 2; version <= newest; version++) {
      const manifest = JSON.stringify({ ...(JSON.parse(v1.manifest) as Manifest), version });
      await server.db
        .insertInto('content_version')
        .values({ ...v1, version, manifest, etag: `"v${version}"` })
        .execute();
    }
    expect((await ask(1, v1.etag)).json().kind).toBe('full');
    const reachable = await ask(newest - DELTA_HISTORY, `"v${newest - DELTA_HISTORY}"`);
    expect(reachable.json()).toMatchObject({ kind: 'delta', base: 2, version: newest, changed: [] });
  });

  it('still sends the bare manifest to a kiosk that does not say what it holds', async () => {
    await bump('Gammal kiosk');
    const response = await server.app.inject({ url: '/api/content/manifest', headers: { 'if-none-match': '"x"' } });
    expect(response.json()).toMatchObject({ version: 2, entries: expect.any(Array) });
  });

  it('refuses a since that is not a version number with a 400 problem', async () => {
    for (const since of ['abc', '0', '-1', '1.5', '01', '9'.repeat(16), '']) {
      const response = await ask(since);
      expect(response.statusCode, `since=${since}`).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 400, field: 'querystring/since' });
    }
    const extra = await server.app.inject('/api/content/manifest?since=1&other=2');
    expect(extra.statusCode).toBe(400);
  });
});
