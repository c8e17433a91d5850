import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/server/content/content-dir.js';
import { publishContent } from '../../src/server/content/publish.js';
import { contentRepository } from '../../src/server/repositories/content-repository.js';
import { SEED_DIR, testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;

let server: Server;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

/** The ETag as a kiosk holds it: from the compressed answer a browser gets. */
async function kioskEtag(): Promise<string> {
  const response = await server.app.inject({ url: '/api/content/manifest', headers: { 'accept-encoding': 'br' } });
  expect(response.statusCode).toBe(200);
  return String(response.headers.etag);
}

const check = (etag: string, query = '') =>
  server.app.inject({
    url: `/api/content/manifest${query}`,
    headers: { 'if-none-match': etag, 'accept-encoding': 'br' },
  });

describe("a kiosk's manifest check", () => {
  it('is answered 304 with only what RFC 9110 lets a 304 carry', async () => {
    const etag = await kioskEtag();
    const response = await check(etag);
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
    expect(response.headers.etag).toBe(etag.replace(/^W\//, ''));
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.vary).toBe('Accept-Encoding');
    // Answered before the other hooks, the security headers' among them.
    for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options']) {
      expect(response.headers[name], name).toBeUndefined();
    }
  });

  it('takes the delta query, and leaves a query the route refuses to the route', async () => {
    const etag = await kioskEtag();
    expect((await check(etag, '?since=1')).statusCode).toBe(304);
    for (const query of ['?since=abc', '?since=0', '?other=1']) {
      const response = await check(etag, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-security-policy'], query).toBeDefined();
    }
  });

  it('gives the new manifest at once after a publish by this server', async () => {
    const etag = await kioskEtag();
    expect((await check(etag)).statusCode).toBe(304);
    await server.publishEdited('bankid', 'sv', (guide) => {
      guide.title = `${guide.title} (ny)`;
    });
    const response = await check(etag);
    expect(response.statusCode).toBe(200);
    expect(String(response.headers.etag)).not.toBe(etag);
  });

  it('gives the new manifest within a second after a publish by another server on the database', async () => {
    const etag = await kioskEtag();
    expect((await check(etag)).statusCode).toBe(304);
    // A second server's repository: this app learns of its publish only when its memory runs out.
    const source = readContentDir(SEED_DIR, server.media);
    const first = source.entries.find((e) => e.kind === 'guide');
    if (first?.kind !== 'guide') throw new Error('the seed has no guide');
    first.body.title = `${first.body.title} (ny)`;
    await publishContent(contentRepository(server.db), source, 'from another server');
    await expect.poll(async () => (await check(etag)).statusCode, { timeout: 1_500, interval: 50 }).toBe(200);
  });
});
