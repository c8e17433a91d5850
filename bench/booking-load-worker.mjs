/**
 * Runs in a worker thread: `connections` simulated kiosks, each sending booking requests one after
 * another (a new Idempotency-Key each) for `durationMs`, over keep-alive connections. Posts back
 * every latency and status, so the server in the main thread keeps that thread to itself.
 * Plain JavaScript: worker threads do not get the TypeScript loader the bench runs under.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const job = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
const latencies = [];
const statuses = {};
const until = performance.now() + job.durationMs;

/** One POST; resolves with the status once the whole answer is read (0 for a failed connection). */
function post(body) {
  return new Promise((resolve) => {
    const outgoing = request(
      job.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${job.token}`,
          'idempotency-key': randomUUID(),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', () => resolve(0));
    outgoing.end(body);
  });
}

async function kiosk(index) {
  let n = index;
  while (performance.now() < until) {
    const body = JSON.stringify({ ...job.bodies[n++ % job.bodies.length], createdAt: new Date().toISOString() });
    const started = performance.now();
    const status = await post(body);
    latencies.push(performance.now() - started);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}

await Promise.all(Array.from({ length: job.connections }, (_, i) => kiosk(i)));
agent.destroy();
parentPort?.postMessage({ latencies, statuses });
