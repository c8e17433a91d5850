import type { InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

const HEAD = '# T\n\nS\n\n## Steg\n\n';
const MAX = 100_000;
/** The finding: emphasis markers in one paragraph, at the route's largest size. */
const STARS = `${HEAD}${'*a'.repeat(MAX)}`.slice(0, MAX);
/** As slow as the limits allow: paragraphs each just under the emphasis limit, at the largest size. */
const SLOW = `${HEAD}${`${'*a'.repeat(199)}\n\n`.repeat(MAX)}`.slice(0, MAX - 1);

const servers: Awaited<ReturnType<typeof testServer>>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function editorServer(work?: NonNullable<Parameters<typeof testServer>[0]>['work']) {
  const server = await testServer({ ...(work ? { work } : {}) });
  servers.push(server);
  // Added before the app is ready: tells the test when a request has reached its handler.
  const entered = new Set<string>();
  server.app.addHook('preHandler', async (request) => {
    entered.add(`${request.method} ${request.url}`);
  });
  const headers = await signedIn(server);
  const [guide] = await server.app.editorial.list().then((list) => list.guides);
  if (!guide) throw new Error('the seed has no guides');
  return { ...server, headers, entered, guideId: guide.id };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Sends `request` and, once it has reached its handler, times a /healthz made while it is in flight. */
async function healthWhile(app: App, entered: Set<string>, request: InjectOptions & { url: string }) {
  let settled = false;
  const answer = app.inject(request).then((response) => {
    settled = true;
    return response;
  });
  await until(() => entered.has(`${request.method} ${request.url}`), 'the request to reach its handler');
  const started = performance.now();
  const health = await app.inject({ method: 'GET', url: '/healthz' });
  const healthMs = performance.now() - started;
  expect(health.statusCode).toBe(200);
  return { healthMs, settledFirst: settled, response: await answer };
}

const savedText = async (app: App, guideId: string, lang: string) =>
  (await app.editorial.detail(guideId))?.texts[lang]?.markdown;

describe('guide text is checked off the event loop', () => {
  it('keeps /healthz quick while the finding is previewed, and refuses it naming the line', {
    timeout: 60_000,
  }, async () => {
    const { app, headers, entered } = await editorServer();
    const { healthMs, response } = await healthWhile(app, entered, {
      method: 'POST',
      url: '/api/staff/preview',
      headers,
      payload: { markdown: STARS },
    });
    expect(healthMs).toBeLessThan(200);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toMatch(/^line 7: /);
  });

  it('keeps /healthz quick while the finding is saved as a guide text, and stores nothing', {
    timeout: 60_000,
  }, async () => {
    const { app, headers, entered, guideId } = await editorServer();
    const before = await savedText(app, guideId, 'sv');
    const url = `/api/staff/guides/${guideId}/texts/sv`;
    const { healthMs, response } = await healthWhile(app, entered, {
      method: 'PUT',
      url,
      headers,
      payload: { markdown: STARS, status: 'draft' },
    });
    expect(healthMs).toBeLessThan(200);
    expect(response.statusCode).toBe(400);
    expect(await savedText(app, guideId, 'sv')).toBe(before);
  });

  it('answers 422 naming the guide and language when a text passes the limits but not the time budget', {
    timeout: 60_000,
  }, async () => {
    const { app, headers, entered, guideId } = await editorServer({ guideTextBudgetMs: 1000 });
    const before = await savedText(app, guideId, 'ar');
    const url = `/api/staff/guides/${guideId}/texts/ar`;
    const { healthMs, settledFirst, response } = await healthWhile(app, entered, {
      method: 'PUT',
      url,
      headers,
      payload: { markdown: SLOW, status: 'draft' },
    });
    expect(settledFirst).toBe(false);
    expect(healthMs).toBeLessThan(200);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toContain(`guides/${guideId}/ar.md`);
    expect(await savedText(app, guideId, 'ar')).toBe(before);

    const preview = await app.inject({
      method: 'POST',
      url: '/api/staff/preview',
      headers,
      payload: { markdown: SLOW },
    });
    expect(preview.statusCode).toBe(422);
  });

  it('answers 503 with Retry-After rather than queueing without limit', { timeout: 60_000 }, async () => {
    const { app, headers } = await editorServer({ guideTextBudgetMs: 500, threads: 1, queue: 1 });
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        app.inject({ method: 'POST', url: '/api/staff/preview', headers, payload: { markdown: SLOW } }),
      ),
    );
    const busy = answers.filter((a) => a.statusCode === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.headers['retry-after']).toMatch(/^[0-9]+$/);
    expect(answers.filter((a) => a.statusCode === 422).length).toBeGreaterThan(0);
  });
});

describe('stored text that fails the budget never stalls publishing', () => {
  it('is listed by publish preview and refused by publish, naming guide and language', {
    timeout: 60_000,
  }, async () => {
    const { app, headers, guideId } = await editorServer({ guideTextBudgetMs: 300 });
    // An old draft saved before the checks existed: straight into the repository, past the route.
    await app.editorial.saveText({ guideId, lang: 'so', markdown: SLOW, status: 'draft', by: 'old' });
    const versions = (await app.content.versions()).length;

    const preview = await app.inject({ method: 'GET', url: '/api/staff/publish/preview', headers });
    expect(preview.statusCode).toBe(422);
    expect(preview.json().detail).toContain(`guides/${guideId}/so.md`);
    expect(preview.json().texts).toEqual([{ guide: guideId, lang: 'so' }]);

    const publish = await app.inject({
      method: 'POST',
      url: '/api/staff/publish',
      headers,
      payload: { changelog: 'try to publish it' },
    });
    expect(publish.statusCode).toBe(422);
    expect(publish.json().detail).toContain(`guides/${guideId}/so.md`);
    expect((await app.content.versions()).length).toBe(versions);
  });

  it('refuses a stored text over the limits with 400 naming guide, language and line', {
    timeout: 60_000,
  }, async () => {
    const { app, headers, guideId } = await editorServer();
    await app.editorial.saveText({ guideId, lang: 'fa', markdown: STARS, status: 'draft', by: 'old' });
    const preview = await app.inject({ method: 'GET', url: '/api/staff/publish/preview', headers });
    expect(preview.statusCode).toBe(400);
    expect(preview.json().detail).toContain(`guides/${guideId}/fa.md: line 7`);
  });
});

describe('pack import checks every guide text in the pool before storing anything', () => {
  it.each([
    ['over the limits', STARS, 400, undefined],
    ['over the time budget', SLOW, 422, 300],
  ])(
    'refuses a pack with a text %s, naming guide and language',
    { timeout: 60_000 },
    async (_name, markdown, status, budgetMs) => {
      const { app, headers, guideId } = await editorServer(budgetMs ? { guideTextBudgetMs: budgetMs } : undefined);
      const pack = (await app.inject({ method: 'GET', url: '/api/staff/pack', headers })).json();
      const guide = pack.content.guides.find((g: { id: string }) => g.id === guideId);
      guide.texts.uk = { markdown, status: 'draft' };
      const before = await app.editorial.detail(guideId);

      const imported = await app.inject({ method: 'POST', url: '/api/staff/pack', headers, payload: pack });
      expect(imported.statusCode).toBe(status);
      expect(imported.json().detail).toContain(`guides/${guideId}/uk.md`);
      expect(await app.editorial.detail(guideId)).toEqual(before);
    },
  );
});
