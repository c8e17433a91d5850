/** Locks held in this context, for browsers without Web Locks (the server's idempotency still holds). */
const heldHere = new Set<string>();

/**
 * Runs `work` holding the named lock, or returns `undefined` at once if another context (a page,
 * the service worker) holds it: whoever holds it is doing the same work. Web Locks where the
 * browser has them; otherwise a lock within this context only.
 */
export async function withLockIfFree<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) {
    return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
  }
  if (heldHere.has(name)) return undefined;
  heldHere.add(name);
  try {
    return await work();
  } finally {
    heldHere.delete(name);
  }
}
