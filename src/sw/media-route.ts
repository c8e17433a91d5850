import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { RangeRequestsPlugin } from 'workbox-range-requests';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { MEDIA_CACHE } from '../domain/cache-names.js';

/**
 * `/media/<sha256>` cache-first from the media cache that content sync fills. Files are immutable
 * (named by hash), so a cached copy is always right; Range requests (video seeking) are answered
 * with 206 slices of the cached file. Only whole 200 answers are ever cached.
 */
export function registerMediaRoute(): void {
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/media/'),
    new CacheFirst({
      cacheName: MEDIA_CACHE,
      plugins: [new CacheableResponsePlugin({ statuses: [200] }), new RangeRequestsPlugin()],
    }),
  );
}
