/** Thrown before a download that would not fit: the version in force stays, and the error is reported. */
export class StorageFullError extends Error {}

/** Kept free for the browser and the next visitor, on top of what a download needs. */
const RESERVE_BYTES = 50 * 1024 * 1024;

/**
 * Asks the browser not to evict the kiosk's storage under pressure (granted to installed apps).
 * Returns whether storage is persistent, for the health report.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}

/**
 * Refuses a download of `bytes` when it would leave less than the reserve. Where the browser
 * cannot say (no StorageManager), it lets the download try; a quota error then fails it instead.
 */
export async function ensureRoomFor(bytes: number): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return;
  const { quota, usage } = await navigator.storage.estimate();
  if (quota === undefined || usage === undefined) return;
  const free = quota - usage;
  if (free - bytes < RESERVE_BYTES) {
    throw new StorageFullError(
      `not enough storage for ${Math.ceil(bytes / 1024)} KB (free ${Math.floor(free / 1024)} KB, reserve ${RESERVE_BYTES / 1024} KB)`,
    );
  }
}
