/**
 * The worker that builds missing search indexes, so the seconds a build takes at thousands of guides
 * never block the kiosk's page. It reports each index built, then `done` (or `failed`), and is ended.
 */
import { buildMissingIndexes } from './index-builder.js';

export type IndexWorkerMessage =
  | { type: 'built'; version: number; lang: string; ms: number }
  | { type: 'done' }
  | { type: 'failed'; message: string };

const send = (message: IndexWorkerMessage) => self.postMessage(message);

/** What starts a build: the language to build first, if a visitor is waiting in it. */
export interface IndexWorkerStart {
  first?: string;
}

self.onmessage = ({ data }: MessageEvent<IndexWorkerStart>) => {
  buildMissingIndexes({ first: data.first, onBuilt: (built) => send({ type: 'built', ...built }) }).then(
    () => send({ type: 'done' }),
    (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
