/**
 * Names of the Cache Storage caches the kiosk uses, shared by the page and the service worker.
 * Media is bounded by the manifest: content sync deletes files no kept version references.
 */
export const MEDIA_CACHE = 'servicepunkt-media-v1';

/** The URL a media file is served and cached under. */
export function mediaUrl(hash: string): string {
  return `/media/${hash}`;
}
