/** One measured figure, as printed in the table and written to bench/results/latest.json. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The design doc's budget: an upper bound, or a lower one for a ratio that must be high; null when none. */
  budget: { max: number } | { min: number } | null;
  /** Whether the value is within budget; null when there is no budget. */
  ok: boolean | null;
  detail: string;
}

/** Builds a figure, working out `ok` from the budget. */
export function figure(name: string, value: number, unit: string, max: number | null, detail: string): Figure {
  return { name, value, unit, budget: max === null ? null : { max }, ok: max === null ? null : value <= max, detail };
}

/** Builds a figure whose budget is a floor (throughput ratios: higher is better). */
export function figureAtLeast(name: string, value: number, unit: string, min: number, detail: string): Figure {
  return { name, value, unit, budget: { min }, ok: value >= min, detail };
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  if (upper === undefined) throw new Error('median of no values');
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Rejects when `promise` takes longer than `ms`, so no measurement can hang the bench. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rounds to `digits` decimals, for figures that are printed and compared by eye. */
export function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

/** The value at a fraction `p` (0–1) of the sorted values (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
