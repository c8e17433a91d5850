import { randomInt } from 'node:crypto';

/** The chaos tests' seed: `CHAOS_SEED` to replay a run, else a new one (each test prints it). */
export const CHAOS_SEED = Number(process.env.CHAOS_SEED ?? randomInt(2 ** 31));

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
