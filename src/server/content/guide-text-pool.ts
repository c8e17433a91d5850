import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { GuideTextOutcome, GuideTextStarted, GuideTextTask } from './guide-text-worker.js';
import { GuideSyntaxError, type ParsedGuide } from './markdown-guide.js';

/** How the guide text pool is sized; every field has a default. */
export interface GuideTextOptions {
  /** Longest a worker may spend on one text before it is stopped (default 2000 ms). */
  budgetMs?: number;
  /** Worker threads (default: all cores but one, at least one). */
  threads?: number;
  /** Texts that may wait for a worker; past that, callers get GuideTextBusy (default 32). */
  queue?: number;
}

/** A text took longer than the budget to check; it was stopped, and nothing was stored. */
export class GuideTextTooSlow extends Error {
  constructor(readonly budgetMs: number) {
    super(`it took longer than ${budgetMs / 1000} s to check; split it or remove unusual markup`);
  }
}

/** Every worker is busy and the queue is full: try again in `retryAfterSeconds`. */
export class GuideTextBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the server is checking too many texts right now');
  }
}

/** Parses and checks guide texts on worker threads, each within a time budget. */
export interface GuideTextPool {
  /**
   * Parses one guide text; `images` are the media paths it may show (they stay paths in the
   * result). Rejects with GuideSyntaxError, GuideTextTooSlow or GuideTextBusy.
   */
  parse(markdown: string, images: readonly string[]): Promise<ParsedGuide>;
  /** The budget per text, for messages. */
  readonly budgetMs: number;
  /** How many more texts could be waiting or running before the pool answers busy. */
  readonly capacity: number;
  /** Stops every worker, abandoning what they are doing; pending calls reject. */
  close(): Promise<void>;
}

// Under tsx or vitest this module is TypeScript and its sibling worker is too; the .dev.mjs entry
// loads tsx inside the worker. Compiled (dist/node/…), the .js worker sits beside this file.
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('./guide-text-worker.dev.mjs', import.meta.url)
  : new URL('./guide-text-worker.js', import.meta.url);

/** Starts a pool of guide text workers sized by `options`. */
export function guideTextPool(options: GuideTextOptions = {}): GuideTextPool {
  const budgetMs = options.budgetMs ?? 2000;
  // The main thread keeps a core of its own for kiosks.
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const limit = threads + (options.queue ?? 32);
  const piscina = new Piscina<GuideTextTask, GuideTextOutcome>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    // Keep the workers: one starting on demand (loading the parser) would eat into a budget.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  // The budget starts when a worker picks the text up, so time spent queued is not held against it.
  const starters = new Map<number, () => void>();
  piscina.on('message', (message: Partial<GuideTextStarted>) => {
    if (typeof message?.guideTextStarted === 'number') starters.get(message.guideTextStarted)?.();
  });
  let nextId = 0;
  let inFlight = 0;
  let closed: Promise<void> | undefined;
  const busy = () => new GuideTextBusy(Math.ceil(budgetMs / 1000));

  async function parse(markdown: string, images: readonly string[]): Promise<ParsedGuide> {
    // A closing server answers "try again" (another instance may be starting), never 500.
    if (inFlight >= limit || closed) throw busy();
    const id = nextId++;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    starters.set(id, () => {
      timer = setTimeout(() => abort.abort(new GuideTextTooSlow(budgetMs)), budgetMs);
    });
    inFlight += 1;
    try {
      // Aborting makes piscina terminate the worker mid-parse and start a fresh one.
      const outcome = await piscina.run({ id, markdown, images: [...images] }, { signal: abort.signal });
      if (!outcome.ok) throw new GuideSyntaxError(outcome.message);
      return outcome.guide;
    } catch (error) {
      if (abort.signal.aborted) throw abort.signal.reason;
      if (closed) throw busy();
      throw error;
    } finally {
      inFlight -= 1;
      clearTimeout(timer);
      starters.delete(id);
    }
  }

  return {
    parse,
    budgetMs,
    get capacity() {
      return limit - inFlight;
    },
    close() {
      closed ??= piscina.destroy();
      return closed;
    },
  };
}
