/**
 * Web Locks for Node (which has none), shared by every module instance in the process, so a test
 * can run a "page" and a "service worker" side by side as a browser would. Only what the outbox
 * uses: exclusive locks with `ifAvailable`.
 */
export function installFakeWebLocks(): void {
  const held = new Set<string>();
  const locks = {
    async request<T>(
      name: string,
      options: { ifAvailable?: boolean },
      work: (lock: { name: string } | null) => Promise<T>,
    ) {
      if (held.has(name)) {
        if (options.ifAvailable) return work(null);
        throw new Error('fake Web Locks: only ifAvailable requests are supported');
      }
      held.add(name);
      try {
        return await work({ name });
      } finally {
        held.delete(name);
      }
    },
  };
  Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true, writable: true });
}
