import { setImmediate } from 'node:timers/promises';

/**
 * Lets whatever waits on the event loop (kiosks' requests) run before going on. Long work on the
 * server thread (SQLite calls are synchronous) goes in slices with this between them, so no slice
 * holds the loop for more than a few tens of milliseconds.
 */
export async function letOthersIn(): Promise<void> {
  await setImmediate();
}

/** How many items a slice takes when a loop over thousands of texts or entries lets others in. */
export const SLICE = 250;
