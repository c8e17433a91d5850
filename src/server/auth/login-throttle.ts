/**
 * Failed logins per account: after `maxFailures` within `windowMs`, the account refuses logins until
 * the window has passed, whoever tries. (Per-address limits are @fastify/rate-limit's, on the route.)
 * In memory: a restart forgets, which is acceptable for slowing down guessing.
 */
export function loginThrottle(options: { maxFailures: number; windowMs: number }) {
  const failures = new Map<string, number[]>();
  const recent = (username: string, now: number) =>
    (failures.get(username.toLowerCase()) ?? []).filter((at) => now - at < options.windowMs);
  return {
    /** Milliseconds until the account may try again, or 0. */
    lockedFor(username: string, now = Date.now()): number {
      const times = recent(username, now);
      return times.length >= options.maxFailures ? options.windowMs - (now - (times[0] ?? now)) : 0;
    },
    failed(username: string, now = Date.now()): void {
      failures.set(username.toLowerCase(), [...recent(username, now), now]);
    },
    succeeded(username: string): void {
      failures.delete(username.toLowerCase());
    },
  };
}
