/** Why a task runs: its own timer, or a trigger (start, back online, woke up, asked for). */
export type RunReason = 'timer' | 'trigger';

/** Where a task stands, told when a run starts and when the next one is set. */
export interface TaskState {
  running: boolean;
  /** When the timer will run it next (epoch ms), or null when only a trigger will. */
  nextRunAt: number | null;
  /** True while the task is on its retry waits (after a failure, or while `eager` holds). */
  retrying: boolean;
  lastError: string | null;
}

/** A periodic task and when to run it. Timers and the clock are the globals (tests fake them). */
export interface TaskOptions {
  /**
   * The work. Resolving with a number asks for the next run then (epoch ms) instead of after the
   * interval; rejecting counts as a failure.
   */
  run: (reason: RunReason) => Promise<unknown>;
  /** The wait after a success; null: the task runs only when triggered or when a run asked for a time. */
  intervalMs: number | null;
  /** The interval varies by ± this fraction (0.2: ±20 %), so a library's tablets do not knock in step. */
  jitter?: number;
  /** After a failure, waits from `firstMs` doubling up to `maxMs`, each ±25 %. Absent: a failure waits the interval. */
  backoff?: { firstMs: number; maxMs: number };
  /** While this holds, the task keeps to its retry waits even after a success (a tablet with no content yet). */
  eager?: () => boolean;
  /** Also run when the page comes back online, or becomes visible again. */
  on?: { online?: boolean; visible?: boolean };
  onState?: (state: TaskState) => void;
  /** Tests: the dice and the page's event targets. */
  random?: () => number;
  win?: EventTarget;
  doc?: EventTarget & { visibilityState: string };
}

export interface Task {
  /** Runs the task now (or once more after the current run); resolves when that run is over, failed or not. */
  runNow(): Promise<void>;
  /** Removes the task's every timer and listener; a run under way finishes but sets no timer. */
  stop(): void;
}

/**
 * Starts a periodic task and runs it at once. One run at a time: a trigger during a run asks for
 * one more after it, never a second run beside the first.
 */
export function startTask(o: TaskOptions): Task {
  // Only the targets a task listens on are touched (a test in Node has no window).
  const win = o.on?.online ? (o.win ?? window) : undefined;
  const doc = o.on?.visible ? (o.doc ?? document) : undefined;
  const random = o.random ?? Math.random;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let running = false;
  let again = false;
  let stopped = false;
  let waiting: (() => void)[] = [];

  const spread = (ms: number, by: number) => ms * (1 + by * (2 * random() - 1));

  /** Sets the timer for the next run after one that returned `asked` (or failed with `error`). */
  const plan = (asked: unknown, error: string | null) => {
    const { backoff, intervalMs } = o;
    const retrying = !!backoff && (error !== null || !!o.eager?.());
    const at =
      typeof asked === 'number'
        ? asked
        : retrying
          ? Date.now() + spread(Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, failures - 1)), 0.25)
          : intervalMs === null
            ? null
            : Date.now() + spread(intervalMs, o.jitter ?? 0);
    if (at !== null) timer = setTimeout(() => go('timer'), Math.max(0, at - Date.now()));
    o.onState?.({ running: false, nextRunAt: at, retrying, lastError: error });
  };

  const go = (reason: RunReason) => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    const done = waiting;
    waiting = [];
    o.onState?.({ running: true, nextRunAt: null, retrying: false, lastError: null });
    let error: string | null = null;
    o.run(reason)
      .then(
        (asked) => {
          failures = 0;
          return asked;
        },
        (e: unknown) => {
          failures += 1;
          error = e instanceof Error ? e.message : String(e);
        },
      )
      .then((asked) => {
        running = false;
        if (!stopped) plan(asked, error);
        for (const resolve of done) resolve();
        if (again) {
          again = false;
          go('trigger');
        }
      });
  };

  const trigger = () => go('trigger');
  const onVisible = () => doc?.visibilityState === 'visible' && trigger();
  win?.addEventListener('online', trigger);
  doc?.addEventListener('visibilitychange', onVisible);
  trigger();
  return {
    runNow: () =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve();
        waiting.push(resolve);
        trigger();
      }),
    stop() {
      stopped = true;
      clearTimeout(timer);
      win?.removeEventListener('online', trigger);
      doc?.removeEventListener('visibilitychange', onVisible);
      for (const resolve of waiting) resolve();
      waiting = [];
    },
  };
}
