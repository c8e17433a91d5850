import { MEDIA_CACHE, mediaUrl } from '../domain/cache-names.js';

/** Where downloaded media files are kept; Cache Storage in the browser, so the service worker can serve them. */
export interface MediaCache {
  has(hash: string): Promise<boolean>;
  put(hash: string, response: Response): Promise<void>;
  /** Deletes every file whose hash is not in `keep`. */
  prune(keep: Set<string>): Promise<void>;
}

/** The media cache in Cache Storage, shared with the service worker's `/media/*` route. */
export const cacheStorageMedia: MediaCache = {
  async has(hash) {
    return (await (await caches.open(MEDIA_CACHE)).match(mediaUrl(hash))) !== undefined;
  },
  async put(hash, response) {
    await (await caches.open(MEDIA_CACHE)).put(mediaUrl(hash), response);
  },
  async prune(keep) {
    const cache = await caches.open(MEDIA_CACHE);
    for (const request of await cache.keys()) {
      const hash = new URL(request.url).pathname.split('/').pop() ?? '';
      if (!keep.has(hash)) await cache.delete(request);
    }
  },
};
