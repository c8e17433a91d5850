import { Worker } from 'node:worker_threads';
import { withTimeout } from './figure.js';

export interface LoadJob {
  url: string;
  /** A booking gets a fresh Idempotency-Key and createdAt per POST; a heartbeat the kiosk's next seq. */
  kind: 'booking' | 'heartbeat';
  /** Device tokens; connection i sends as `tokens[i % tokens.length]`. */
  tokens: string[];
  bodies: object[];
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  /** Milliseconds per POST, send to whole answer. */
  latencies: number[];
  statuses: Record<string, number>;
}

/** Kiosks POSTing one after another for a while, from a worker thread (load-worker.mjs). */
export function postLoad(job: LoadJob): Promise<LoadResult> {
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: job });
  return withTimeout(
    new Promise<LoadResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }),
    job.durationMs + 60_000,
    `${job.kind} load`,
  ).finally(() => void worker.terminate());
}
