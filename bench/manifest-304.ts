import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type Figure, figure, figureAtLeast, median, round, withTimeout } from './figure.js';
import { type ServerUnderTest, serverData, startServerProcess } from './server-under-test.js';

const CONNECTIONS = 10;
const ROUNDS = 3;
const DURATION_S = 3;
const WARM_UP_S = 1;

/**
 * Fires `If-None-Match` GETs at `url` for `duration` seconds and returns requests per second.
 * The load comes from a worker thread of this process; both servers run in processes of their own.
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

/** The cores process `pid` may run on, as `taskset` lists them ("0,1" or "0-3"). */
function coresOf(pid: number): string {
  const listed = execFileSync('taskset', ['-p', '-c', String(pid)], { encoding: 'utf8' });
  const cores = listed.split(':').at(-1)?.trim();
  if (!cores) throw new Error(`taskset said "${listed.trim()}"`);
  return cores;
}

/**
 * Puts every thread of process `pid` on `cores` (Linux `taskset`). A thread that ends while
 * `taskset -a` goes through the list fails the call (this process's worker threads come and go),
 * so it is tried again on the list as it is then.
 */
function pin(pid: number, cores: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

/**
 * Gives the servers core 0 and this process (the load generator) the others, so neither waits for
 * the other's core: unpinned, the scheduler's choices moved a round's ratio between 0.4 and 1.2.
 * Returns how to give this process its cores back, or null when the machine has one core or no
 * `taskset` (the figure then says it was not pinned). Either all are pinned or none is.
 */
function pinApart(serverPids: number[]): (() => void) | null {
  const cores = availableParallelism();
  let own: string;
  try {
    own = coresOf(process.pid);
  } catch {
    return null;
  }
  const restore = () => pin(process.pid, own);
  if (cores < 2) return null;
  try {
    for (const pid of serverPids) pin(pid, '0');
    pin(process.pid, `1-${cores - 1}`);
    return restore;
  } catch {
    // The servers are stopped after the run; only this process must get its cores back.
    restore();
    return null;
  }
}

/** The floor, `bare-fastify.mjs`, in its own process; stopped again if it does not start. */
async function startBareFastify(): Promise<{ url: string; pid: number; close: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 'bare-fastify.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const close = () => child.kill();
  try {
    const url = await withTimeout(
      new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout?.on('data', (chunk) => {
          output += chunk;
          const address = output.match(/listening at (\S+)/)?.[1];
          if (address) resolve(address);
        });
        child.once('exit', (code) => reject(new Error(`bare Fastify exited with ${code}`)));
      }),
      10_000,
      'bare Fastify start',
    );
    if (child.pid === undefined) throw new Error('bare Fastify has no process id');
    return { url, pid: child.pid, close };
  } catch (error) {
    close();
    throw error;
  }
}

/**
 * Manifest 304 checks per second: every open kiosk asks `GET /api/content/manifest` with its ETag
 * once a minute, so this rate bounds how many tablets one server keeps current. The server runs as
 * in production (`node dist/node/server/main.js`, its default log level) and is compared with a
 * bare Fastify 304 route in a process of its own on the same machine (higher is better). The two
 * are loaded in turn, ROUNDS times; the figure is the median of the rounds' ratios, as the machine
 * is noisy and a ratio of neighbouring runs cancels most of it.
 */
export async function measureManifest304(root = process.cwd()): Promise<Figure[]> {
  const data = await serverData(root);
  let server: ServerUnderTest | undefined;
  let bare: Awaited<ReturnType<typeof startBareFastify>> | undefined;
  let unpin: (() => void) | null = null;
  try {
    server = await startServerProcess(root, data.dataDir);
    bare = await startBareFastify();
    if (server.pid === undefined) throw new Error('the server has no process id');
    unpin = pinApart([server.pid, bare.pid]);
    const manifestUrl = `${server.url}/api/content/manifest`;
    const first = await fetch(manifestUrl, { signal: AbortSignal.timeout(10_000) });
    const etag = first.headers.get('etag');
    if (first.status !== 200 || !etag) throw new Error(`GET ${manifestUrl}: ${first.status}, etag ${etag}`);
    await first.arrayBuffer();

    await load(bare.url, '"x"', WARM_UP_S);
    await load(manifestUrl, etag, WARM_UP_S);
    const rounds: { bare: number; manifest: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      rounds.push({
        bare: await load(bare.url, '"x"', DURATION_S),
        manifest: await load(manifestUrl, etag, DURATION_S),
      });
    }
    const ratios = rounds.map((r) => r.manifest / r.bare);
    const where = unpin ? 'servers on core 0, load on the others' : 'not pinned to cores';
    const setup = `${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s each after a ${WARM_UP_S} s warm-up, all answers 304, ${where}`;
    return [
      figure(
        'Manifest 304 checks',
        round(median(rounds.map((r) => r.manifest)), 0),
        'req/s',
        null,
        `${setup}; the server as in production, median of the rounds`,
      ),
      figure(
        'Bare Fastify 304 route',
        round(median(rounds.map((r) => r.bare)), 0),
        'req/s',
        null,
        'same load, a process of its own, median of the rounds',
      ),
      figureAtLeast(
        'Manifest 304 / bare Fastify',
        round(median(ratios), 2),
        '×',
        0.7,
        `the design doc: 304 manifest checks at least 0.7× a bare Fastify 304 route; rounds ${ratios.map((r) => round(r, 2)).join(', ')}`,
      ),
    ];
  } finally {
    // Every later bench step runs in this process: it must have all its cores again, or fail here.
    unpin?.();
    bare?.close();
    await server?.close();
    data.remove();
  }
}
