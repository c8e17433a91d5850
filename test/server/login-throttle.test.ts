import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE, loginThrottle } from '../../src/server/auth/login-throttle.js';

const A = '192.0.2.1';
const B = '192.0.2.2';

/** Fails `times` attempts for a pair, each as soon as it is allowed; returns the waits met on the way. */
function failRepeatedly(throttle: ReturnType<typeof loginThrottle>, times: number, start = 0) {
  let now = start;
  const waits: number[] = [];
  for (let i = 0; i < times; i++) {
    const result = throttle.attempt('admin', A, now);
    if (!result.allowed) {
      waits.push(result.waitMs);
      now += result.waitMs;
      expect(throttle.attempt('admin', A, now).allowed).toBe(true);
    }
  }
  return { now, waits };
}

describe('loginThrottle', () => {
  it('lets three failures through, then doubles the wait from one second up to the cap', () => {
    const { waits } = failRepeatedly(loginThrottle(), 16);
    expect(waits).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('says how long is left of a wait', () => {
    const throttle = loginThrottle();
    for (let t = 0; t < 3; t++) throttle.attempt('admin', A, t);
    expect(throttle.attempt('admin', A, 402)).toEqual({ allowed: false, waitMs: 600 });
  });

  it('slows down only the pair that failed: the account from another address, the address for another account', () => {
    const throttle = loginThrottle();
    const { now } = failRepeatedly(throttle, 10);
    expect(throttle.attempt('admin', A, now).allowed).toBe(false);
    expect(throttle.attempt('admin', B, now).allowed).toBe(true);
    expect(throttle.attempt('eva', A, now).allowed).toBe(true);
  });

  it('matches names without regard to case', () => {
    const throttle = loginThrottle();
    for (const name of ['admin', 'Admin', 'ADMIN']) throttle.attempt(name, A, 0);
    expect(throttle.attempt('aDmIn', A, 0).allowed).toBe(false);
  });

  it('counts an attempt until it succeeds, so parallel guesses cannot all slip in', () => {
    const throttle = loginThrottle();
    const burst = Array.from({ length: 10 }, () => throttle.attempt('admin', A, 0).allowed);
    expect(burst.filter(Boolean)).toHaveLength(3);
  });

  it('starts afresh after the right password, and after a long quiet spell', () => {
    const throttle = loginThrottle();
    const { now } = failRepeatedly(throttle, 8);
    throttle.succeeded('admin', A);
    expect(throttle.attempt('admin', A, now).allowed).toBe(true);

    const quiet = loginThrottle();
    const after = failRepeatedly(quiet, 8).now;
    expect(quiet.attempt('admin', A, after).allowed).toBe(false);
    expect(quiet.attempt('admin', A, after + LOGIN_THROTTLE.forgetAfterMs).allowed).toBe(true);
  });

  it('remembers at most maxEntries pairs, forgetting the oldest first', () => {
    const throttle = loginThrottle({ ...LOGIN_THROTTLE, maxEntries: 100 });
    for (let t = 0; t < 3; t++) throttle.attempt('admin', A, t);
    for (let i = 0; i < 10_000; i++) throttle.attempt(`user${i}`, `198.51.100.${i % 256}`, 10 + i);
    expect(throttle.size).toBe(100);
    // The newest pairs are still there; the first, oldest, one is forgotten.
    for (let t = 0; t < 3; t++) throttle.attempt('user9999', '198.51.100.15', 20_000 + t);
    expect(throttle.attempt('user9999', '198.51.100.15', 20_003).allowed).toBe(false);
    expect(throttle.attempt('admin', A, 20_003).allowed).toBe(true);
  });
});
