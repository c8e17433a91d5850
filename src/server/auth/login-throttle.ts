/** How the throttle slows down guessing; the defaults are what the login route uses. */
export interface ThrottleOptions {
  /** Failures from one address for one account that cost nothing. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelayMs: number;
  /** The longest wait. */
  maxDelayMs: number;
  /** A pair with no failure for this long starts afresh. */
  forgetAfterMs: number;
  /** Pairs remembered at most; past it the one whose last failure is oldest is forgotten. */
  maxEntries: number;
}

/** The login route's settings: a forgetful member of staff waits 1 s after three slips; a guesser soon 15 minutes. */
export const LOGIN_THROTTLE: ThrottleOptions = {
  freeFailures: 3,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
  maxEntries: 10_000,
};

interface Failures {
  count: number;
  last: number;
}

/**
 * Failed logins per (account, client address) pair: after a few, each further try must wait, the
 * wait doubling up to a cap. Only the pair is slowed down, so a stranger guessing from their own
 * address never keeps staff out of their account from another one. (The total per address is
 * capped by @fastify/rate-limit on the route.)
 *
 * An attempt counts as a failure from the moment it is let through until it succeeds, so a burst
 * of parallel guesses cannot all slip in before the first is refused. In memory and bounded: a
 * Map kept in order of last failure, the oldest dropped past `maxEntries`; a restart forgets.
 */
export function loginThrottle(options: ThrottleOptions = LOGIN_THROTTLE) {
  const failures = new Map<string, Failures>();
  const keyOf = (username: string, address: string) => `${username.toLowerCase()}\n${address}`;

  const current = (key: string, now: number): Failures | undefined => {
    const entry = failures.get(key);
    if (entry && now - entry.last >= options.forgetAfterMs) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };

  const waitFor = (entry: Failures | undefined, now: number): number => {
    if (!entry || entry.count < options.freeFailures) return 0;
    const doublings = Math.min(entry.count - options.freeFailures, 30);
    const delay = Math.min(options.firstDelayMs * 2 ** doublings, options.maxDelayMs);
    return Math.max(0, entry.last + delay - now);
  };

  return {
    /**
     * Lets an attempt through and counts it as a failure until `succeeded`, or returns the
     * milliseconds this address must wait before trying this account again.
     */
    attempt(
      username: string,
      address: string,
      now = Date.now(),
    ): { allowed: true } | { allowed: false; waitMs: number } {
      const key = keyOf(username, address);
      const entry = current(key, now);
      const waitMs = waitFor(entry, now);
      if (waitMs > 0) return { allowed: false, waitMs };
      // Re-inserted so the Map stays in order of last failure and the first key is the oldest.
      failures.delete(key);
      failures.set(key, { count: (entry?.count ?? 0) + 1, last: now });
      if (failures.size > options.maxEntries) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      return { allowed: true };
    },
    /** The right password: this pair starts afresh. */
    succeeded(username: string, address: string): void {
      failures.delete(keyOf(username, address));
    },
    /** Pairs remembered now (for tests of the bound). */
    get size(): number {
      return failures.size;
    },
  };
}
