import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { GuideSyntaxError, type ParsedGuide } from './markdown-guide.js';
import { MediaRefusal, type SanitisedUpload } from './media-check.js';
import { asBuffer, ownedBuffer } from './owned-bytes.js';
import type { PackFile, PackOutcome } from './pack-check.js';
import type { GuideTextOutcome, SvgOutcome, WorkKind, WorkStarted, WorkTask } from './work-worker.js';

/** How the pool is sized and how long each kind of work may take; every field has a default. */
export interface WorkOptions {
  /** Longest a worker may spend on one guide text (default 2000 ms). */
  guideTextBudgetMs?: number;
  /** Longest a worker may spend sanitising one SVG (default 10,000 ms). */
  svgBudgetMs?: number;
  /** Longest a worker may spend on a whole content pack, every file and text in it (default 60,000 ms). */
  packBudgetMs?: number;
  /** Worker threads (default: all cores but one, at least one). */
  threads?: number;
  /** Pieces of work that may wait for a worker; past that, callers get WorkBusy (default 32). */
  queue?: number;
}

const WHAT: Record<WorkKind, { check: string; advice: string }> = {
  'guide-text': { check: 'check', advice: 'split it or remove unusual markup' },
  svg: { check: 'sanitise', advice: 'simplify the drawing, or save it as PNG' },
  pack: { check: 'check', advice: 'import it in smaller packs' },
};

/** Work took longer than its budget; it was stopped, and nothing was stored. `item` names what was being done. */
export class WorkTooSlow extends Error {
  constructor(
    readonly kind: WorkKind,
    readonly budgetMs: number,
    readonly item: string,
  ) {
    super(`it took longer than ${budgetMs / 1000} s to ${WHAT[kind].check}; ${WHAT[kind].advice}`);
  }
}

/** Every worker is busy and the queue is full: try again in `retryAfterSeconds`. */
export class WorkBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the server is checking too much right now');
  }
}

/** A content pack checked and ready to store. */
export type CheckedPack = Extract<PackOutcome, { ok: true }>;

/** A content pack that cannot be imported; the message names the file, guide or language. */
export class PackRefusal extends Error {}

/**
 * The server's slow work, on worker threads, each piece within a time budget, so it never holds
 * up the event loop that serves kiosks. Every method rejects with WorkTooSlow past the budget and
 * WorkBusy when the queue is full.
 */
export interface WorkPool {
  /**
   * Parses one guide text; `images` are the media paths it may show (they stay paths in the
   * result). Rejects with GuideSyntaxError for a text the parser refuses.
   */
  guideText(markdown: string, images: readonly string[]): Promise<ParsedGuide>;
  /** Sanitises an uploaded SVG named `name`; rejects with MediaRefusal if it is not a drawing. */
  svg(name: string, bytes: Uint8Array): Promise<SanitisedUpload>;
  /**
   * Checks a content pack file as it was sent (the bytes are moved to the worker: do not use them
   * after). Rejects with PackRefusal naming what is wrong; a pack over its budget names the file
   * or text it was at.
   */
  pack(body: Uint8Array): Promise<CheckedPack>;
  /** The budget for each kind of work, for messages. */
  readonly budgets: Readonly<Record<WorkKind, number>>;
  /** Stops every worker, abandoning what they are doing; pending calls reject with WorkBusy. */
  close(): Promise<void>;
}

// Under tsx or vitest this module is TypeScript and its sibling worker is too; the .dev.mjs entry
// loads tsx inside the worker. Compiled (dist/node/…), the .js worker sits beside this file.
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('./work-worker.dev.mjs', import.meta.url)
  : new URL('./work-worker.js', import.meta.url);

/** Starts a pool of workers sized by `options`. */
export function workPool(options: WorkOptions = {}): WorkPool {
  const budgets: Record<WorkKind, number> = {
    'guide-text': options.guideTextBudgetMs ?? 2000,
    svg: options.svgBudgetMs ?? 10_000,
    pack: options.packBudgetMs ?? 60_000,
  };
  // The main thread keeps a core of its own for kiosks.
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const limit = threads + (options.queue ?? 32);
  const piscina = new Piscina<WorkTask, unknown>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    // Keep the workers: one starting on demand (loading the parser) would eat into a budget.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  // Budgets start when a worker picks an item up, so time spent queued is not held against it.
  const starters = new Map<number, (message: WorkStarted) => void>();
  piscina.on('message', (message: Partial<WorkStarted>) => {
    if (typeof message?.workStarted === 'number') starters.get(message.workStarted)?.(message as WorkStarted);
  });
  let nextId = 0;
  let inFlight = 0;
  let closed: Promise<void> | undefined;
  const busy = () => new WorkBusy(Math.ceil(budgets['guide-text'] / 1000));

  /**
   * Runs one task. Each item the worker starts gets its kind's budget; a pack also has a budget
   * for the whole, counted from its first item. Past either, the worker is stopped.
   */
  async function run<T>(task: WorkTask, transferList: ArrayBuffer[] = []): Promise<T> {
    // A closing server answers "try again" (another instance may be starting), never 500.
    if (inFlight >= limit || closed) throw busy();
    const abort = new AbortController();
    const stop = (kind: WorkKind, item: string) => () => abort.abort(new WorkTooSlow(kind, budgets[kind], item));
    let itemTimer: NodeJS.Timeout | undefined;
    let wholeTimer: NodeJS.Timeout | undefined;
    let current = '';
    starters.set(task.id, ({ kind, item }) => {
      current = item;
      clearTimeout(itemTimer);
      // A pack's own steps (reading, decoding) count against the pack's budget only; texts and SVGs have theirs.
      itemTimer = kind === 'pack' ? undefined : setTimeout(stop(kind, item), budgets[kind]);
      if (task.kind === 'pack') wholeTimer ??= setTimeout(() => stop('pack', current)(), budgets.pack);
    });
    inFlight += 1;
    try {
      // Aborting makes piscina terminate the worker mid-task and start a fresh one.
      return (await piscina.run(task, { signal: abort.signal, transferList })) as T;
    } catch (error) {
      if (abort.signal.aborted) throw abort.signal.reason;
      if (closed) throw busy();
      throw error;
    } finally {
      inFlight -= 1;
      clearTimeout(itemTimer);
      clearTimeout(wholeTimer);
      starters.delete(task.id);
    }
  }

  return {
    async guideText(markdown, images) {
      const outcome = await run<GuideTextOutcome>({ kind: 'guide-text', id: nextId++, markdown, images: [...images] });
      if (!outcome.ok) throw new GuideSyntaxError(outcome.message);
      return outcome.guide;
    },
    async svg(name, bytes) {
      const owned = ownedBuffer(bytes);
      const task: WorkTask = { kind: 'svg', id: nextId++, name, bytes: new Uint8Array(owned) };
      const outcome = await run<SvgOutcome>(task, [owned]);
      if (!outcome.ok) throw new MediaRefusal(400, outcome.message);
      return {
        bytes: asBuffer(outcome.bytes),
        removed: outcome.removed,
      };
    },
    async pack(body) {
      const owned = ownedBuffer(body);
      const outcome = await run<PackOutcome>({ kind: 'pack', id: nextId++, body: owned }, [owned]);
      if (!outcome.ok) throw new PackRefusal(outcome.message);
      const files: PackFile[] = outcome.files.map((f) => ({
        ...f,
        bytes: asBuffer(f.bytes),
      }));
      return { ...outcome, files };
    },
    budgets,
    close() {
      closed ??= piscina.destroy();
      return closed;
    },
  };
}
