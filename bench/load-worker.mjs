/**
 * Runs in a worker thread: `connections` simulated kiosks, each sending POSTs one after another for
 * `durationMs` over keep-alive connections, each kiosk with its own token (`tokens[i % n]`). A
 * booking gets a new Idempotency-Key and `createdAt` each time; a heartbeat the kiosk's next `seq`.
 * Posts back every latency and status, so the server in the main thread keeps that thread to itself.
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
function post(body, token) {
  return new Promise((resolve) => {
    const outgoing = request(
      job.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
          ...(job.kind === 'booking' ? { 'idempotency-key': randomUUID() } : {}),
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
  const token = job.tokens[index % job.tokens.length];
  let n = index;
  let seq = 0;
  while (performance.now() < until) {
    const stamp = job.kind === 'booking' ? { createdAt: new Date().toISOString() } : { seq: ++seq };
    const body = JSON.stringify({ ...job.bodies[n++ % job.bodies.length], ...stamp });
    const started = performance.now();
    const status = await post(body, token);
    latencies.push(performance.now() - started);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}

await Promise.all(Array.from({ length: job.connections }, (_, i) => kiosk(i)));
agent.destroy();
parentPort?.postMessage({ latencies, statuses });
