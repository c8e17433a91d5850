import type { EditorialContent } from '../src/server/content/editorial-content.js';
import { testServer } from '../test/helpers/server.js';
import { signedIn } from '../test/helpers/staff.js';
import { type Figure, figure, round } from './figure.js';

type Server = Awaited<ReturnType<typeof testServer>>;

/** Times one staff call through the real routes (app.inject: no network, the server's own work). */
async function timed(
  server: Server,
  headers: Record<string, string>,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) {
  const start = performance.now();
  const response = await server.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const ms = performance.now() - start;
  if (response.statusCode !== 200) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return ms;
}

/** `count` guides made from the seed's, each a copy with its own slug and one line of its own per text. */
function scaled(seed: EditorialContent, count: number): EditorialContent {
  const guides = Array.from({ length: count }, (_, i) => {
    const from = seed.guides[i % seed.guides.length];
    if (!from) throw new Error('the seed has no guides');
    const texts = Object.fromEntries(
      Object.entries(from.texts).map(([lang, text]) => [lang, { ...text, markdown: `${text.markdown}\n\nNr ${i}.\n` }]),
    );
    return { ...from, id: `${from.id}-${i}`, order: i, texts };
  });
  return { ...seed, guides };
}

/**
 * After one guide text is edited: the publish preview, the publish, and the restore of the version
 * before, each once. `label` names the catalogue in the figures' names.
 */
async function measure(
  server: Server,
  headers: Record<string, string>,
  label: string,
  budget: number,
): Promise<Figure[]> {
  const content = await server.app.editorial.load();
  const guide = content.guides[0];
  const english = guide?.texts.en;
  if (!guide || !english) throw new Error('no guide in English to edit');
  const before = (await server.app.content.activeVersion())?.version ?? 0;
  const save = await server.app.inject({
    method: 'PUT',
    url: `/api/staff/guides/${guide.id}/texts/en`,
    headers,
    payload: { markdown: `${english.markdown}\nOne more line.\n`, status: english.status },
  });
  if (save.statusCode !== 200) throw new Error(`save: ${save.body}`);
  const preview = await timed(server, headers, 'GET', '/api/staff/publish/preview');
  const publish = await timed(server, headers, 'POST', '/api/staff/publish', { changelog: 'bench: one text' });
  const restore = await timed(server, headers, 'POST', `/api/staff/versions/${before}/restore`);
  const texts = content.guides.reduce((n, g) => n + Object.keys(g.texts).length, 0);
  const detail = `${content.guides.length} guides, ${texts} texts; one English text edited; one run, in-process through app.inject`;
  return [
    figure(`publish preview, ${label}`, round(preview, 1), 'ms', budget, detail),
    figure(`publish, ${label}`, round(publish, 1), 'ms', budget, detail),
    figure(`restore, ${label}`, round(restore, 1), 'ms', budget, `${detail}; restores the version before the edit`),
  ];
}

/** Publish preview, publish and restore on the seed catalogue (budget 500 ms each). */
export async function measurePublishSeed(): Promise<Figure[]> {
  const server = await testServer();
  try {
    return await measure(server, await signedIn(server), 'seed catalogue', 500);
  } finally {
    await server.close();
  }
}

/**
 * The same at 500 guides × 9 languages (budget 2 s each). The catalogue is put in as an import
 * would and published once first; that first publish parses every text, and its time is given.
 */
export async function measurePublish500(): Promise<Figure[]> {
  const server = await testServer();
  try {
    const headers = await signedIn(server);
    await server.app.editorial.replaceAll(scaled(await server.app.editorial.load(), 500), 'bench');
    const first = await timed(server, headers, 'POST', '/api/staff/publish', { changelog: 'bench: 500 guides' });
    const figures = await measure(server, headers, '500 × 9', 2000);
    const note = `; the first publish after putting them in, parsing every text, took ${round(first / 1000, 1)} s`;
    return figures.map((f) => ({ ...f, detail: f.detail + note }));
  } finally {
    await server.close();
  }
}
