import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTask, type TaskOptions, type TaskState } from '../../src/client/scheduler.js';

/** An EventTarget that counts its listeners, so a test can see that stop() removed every one. */
class CountingTarget extends EventTarget {
  listeners = 0;
  visibilityState = 'visible';
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners--;
    super.removeEventListener(...args);
  }
}

/** A promise the test settles by hand, to hold a run open. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

let win: CountingTarget;
let doc: CountingTarget;
let states: TaskState[];

beforeEach(() => {
  vi.useFakeTimers();
  win = new CountingTarget();
  doc = new CountingTarget();
  states = [];
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts a task with the test's targets and a state log; the dice land on `dice` unless told. */
function task(options: Partial<TaskOptions> & Pick<TaskOptions, 'run'>, dice = 0.5) {
  return startTask({
    intervalMs: 60_000,
    win,
    doc,
    random: () => dice,
    onState: (s) => states.push(s),
    ...options,
  });
}

describe('scheduler', () => {
  it('runs at start, then once per interval', async () => {
    const run = vi.fn(async () => undefined);
    task({ run });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    expect(run).toHaveBeenLastCalledWith('timer');
  });

  it('spreads the interval by the jitter asked for, and no further', async () => {
    for (const [dice, expected] of [
      [0, 48_000],
      [0.5, 60_000],
      [0.999_999, 72_000],
    ] as const) {
      states = [];
      const started = Date.now();
      const t = task({ run: async () => undefined, jitter: 0.2 }, dice);
      await vi.advanceTimersByTimeAsync(0);
      expect(states.at(-1)?.nextRunAt).toBeCloseTo(started + expected, -1);
      t.stop();
    }
  });

  it('backs off after failures, doubling up to the cap, and returns to the interval after a success', async () => {
    let fail = true;
    const run = vi.fn(async () => {
      if (fail) throw new Error('offline');
    });
    const waits: number[] = [];
    task({
      run,
      backoff: { firstMs: 2_000, maxMs: 30_000 },
      onState: (s) => {
        if (!s.running) waits.push((s.nextRunAt ?? Number.NaN) - Date.now());
        states.push(s);
      },
    });
    await vi.advanceTimersByTimeAsync(2_000 + 4_000 + 8_000 + 16_000 + 30_000 + 30_000);
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(states.filter((s) => !s.running).every((s) => s.retrying && s.lastError === 'offline')).toBe(true);

    fail = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(waits.at(-1)).toBe(60_000);
    expect(states.at(-1)).toMatchObject({ retrying: false, lastError: null });
  });

  it('spreads each backoff wait by a quarter either way', async () => {
    for (const [dice, expected] of [
      [0, 1_500],
      [0.999_999, 2_500],
    ] as const) {
      states = [];
      const t = task({ run: () => Promise.reject(new Error('down')), backoff: { firstMs: 2_000, maxMs: 8_000 } }, dice);
      const started = Date.now();
      await vi.advanceTimersByTimeAsync(0);
      expect(states.at(-1)?.nextRunAt).toBeCloseTo(started + expected, -1);
      t.stop();
    }
  });

  it('without a backoff, a failure just waits for the interval', async () => {
    const run = vi.fn(() => Promise.reject(new Error('offline')));
    task({ run, jitter: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ nextRunAt: Date.now() + 60_000, retrying: false, lastError: 'offline' });
    await vi.advanceTimersByTimeAsync(59_999);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stays on its retry waits while `eager` holds, even after successes', async () => {
    let eager = true;
    task({ run: async () => undefined, backoff: { firstMs: 2_000, maxMs: 60_000 }, eager: () => eager });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ retrying: true, nextRunAt: Date.now() + 2_000 });
    eager = false;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(states.at(-1)).toMatchObject({ retrying: false, nextRunAt: Date.now() + 60_000 });
  });

  it('runs at the time a run asks for, and sets no timer when there is neither a time nor an interval', async () => {
    const asked: (number | null)[] = [Date.now() + 5_000, null];
    const run = vi.fn(async () => asked.shift() ?? null);
    task({ run, intervalMs: null });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs one at a time: triggers during a run ask for exactly one more after it', async () => {
    const gates = [deferred(), deferred()];
    let runs = 0;
    let concurrent = 0;
    let most = 0;
    const run = vi.fn(async () => {
      concurrent++;
      most = Math.max(most, concurrent);
      await gates[runs++]?.promise;
      concurrent--;
    });
    const t = task({ run, on: { online: true, visible: true } });
    let covered = false;
    const asked = t.runNow().then(() => {
      covered = true;
    });
    win.dispatchEvent(new Event('online'));
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(run).toHaveBeenCalledTimes(1);

    gates[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    expect(run).toHaveBeenLastCalledWith('trigger');
    expect(covered).toBe(false); // the run that was under way when it was asked did not cover it
    gates[1]?.resolve();
    await asked;
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('runs when the page comes back online or becomes visible, not when it is hidden', async () => {
    const run = vi.fn(async () => undefined);
    task({ run, on: { online: true, visible: true } });
    await vi.advanceTimersByTimeAsync(0);
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('stop leaves no timer and no listener, and a run under way sets none after it', async () => {
    const gate = deferred();
    const run = vi.fn(async () => {
      if (run.mock.calls.length === 2) await gate.promise;
    });
    const t = task({ run, on: { online: true, visible: true } });
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    expect(win.listeners + doc.listeners).toBe(2);

    void t.runNow(); // the second run, held open
    t.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(win.listeners + doc.listeners).toBe(0);
    gate.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);

    win.dispatchEvent(new Event('online'));
    await t.runNow(); // resolves at once, runs nothing
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
