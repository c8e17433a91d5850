import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { type Figure, figure, figureAtLeast, round, withTimeout } from './figure.js';

const CONNECTIONS = 10;
const DURATION_S = 5;
const WARM_UP_S = 1;

/**
 * Fires `If-None-Match` GETs at `url` for `duration` seconds and returns requests per second.
 * The load comes from a worker thread, so the server in this process keeps the main thread.
 * Every answer must be a 304 without errors; anything else means the figure measures the wrong thing.
 */
async function load(url: string, etag: string, duration: number): Promise<number> {
  const result = await withTimeout(
    Promise.resolve(
      autocannon({
        url,
        headers: { 'if-none-match': etag },
        connections: CONNECTIONS,
        duration,
        timeout: 5,
        workers: 1,
      }),
    ),
    (duration + 20) * 1000,
    `autocannon ${url}`,
  );
  const total = result.requests.total;
  if (total === 0 || result['3xx'] !== total || result.errors > 0 || result.statusCodeStats['304']?.count !== total) {
    throw new Error(
      `${url}: expected only 304s, got ${total} answers, status ${JSON.stringify(result.statusCodeStats)}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return total / result.duration;
}

/** The floor: Fastify answering 304 from a route that does nothing else. */
async function startBareFastify(): Promise<{ url: string; close: () => Promise<void> }> {
  const bare = Fastify({ logger: false });
  bare.get('/', (_request, reply) => reply.code(304).header('etag', '"x"').send());
  await bare.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/`, close: () => bare.close() };
}

/**
 * Manifest 304 checks per second: every open kiosk asks `GET /api/content/manifest` with its ETag
 * once a minute, so this rate bounds how many tablets one server keeps current. Reported as a ratio
 * to a bare Fastify 304 route on the same machine (higher is better), which cancels out its speed.
 */
export async function measureManifest304(serverUrl: string): Promise<Figure[]> {
  const manifestUrl = `${serverUrl}/api/content/manifest`;
  const first = await fetch(manifestUrl, { signal: AbortSignal.timeout(10_000) });
  const etag = first.headers.get('etag');
  if (first.status !== 200 || !etag) throw new Error(`GET ${manifestUrl}: ${first.status}, etag ${etag}`);
  await first.arrayBuffer();

  const bare = await startBareFastify();
  let bareRps: number;
  try {
    await load(bare.url, '"x"', WARM_UP_S);
    bareRps = await load(bare.url, '"x"', DURATION_S);
  } finally {
    await bare.close();
  }
  await load(manifestUrl, etag, WARM_UP_S);
  const manifestRps = await load(manifestUrl, etag, DURATION_S);

  const setup = `${CONNECTIONS} connections, ${DURATION_S} s after a ${WARM_UP_S} s warm-up, all answers 304`;
  return [
    figure('Manifest 304 checks', round(manifestRps, 0), 'req/s', null, setup),
    figure('Bare Fastify 304 route', round(bareRps, 0), 'req/s', null, 'same load, same process'),
    figureAtLeast(
      'Manifest 304 / bare Fastify',
      round(manifestRps / bareRps, 2),
      '×',
      0.7,
      'the design doc: 304 manifest checks at least 0.7× a bare Fastify 304 route',
    ),
  ];
}
