import { mediaUrl } from '../domain/cache-names.js';
import { type EntryPayload, type Manifest, parseEntries } from '../domain/content.js';
import type { ManifestUpdate } from '../domain/manifest-delta.js';

/** How the data layer reaches the server; tests pass a fetch bound to the app under test. */
export interface ApiOptions {
  fetch?: typeof fetch;
  /** Origin of the server, '' for the page's own. */
  baseUrl?: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type ManifestAnswer =
  | { status: 'unchanged' }
  | { status: 'none' }
  | { status: 'changed'; update: ManifestUpdate; etag: string | null };

/** The version a tablet holds (the newest it stored whole), named by number and ETag. */
export interface HeldVersion {
  version: number;
  etag: string;
}

const fetcher = (options: ApiOptions) => options.fetch ?? globalThis.fetch.bind(globalThis);

/**
 * Asks for the manifest in force. With the version the tablet holds, an unchanged manifest costs a
 * 304 and a changed one usually comes as a delta from it; without, the answer is the full manifest.
 */
export async function fetchManifest(held: HeldVersion | null, options: ApiOptions = {}): Promise<ManifestAnswer> {
  const query = held ? `?since=${held.version}` : '';
  const response = await fetcher(options)(`${options.baseUrl ?? ''}/api/content/manifest${query}`, {
    headers: held ? { 'if-none-match': held.etag } : {},
    cache: 'no-cache',
  });
  if (response.status === 304) return { status: 'unchanged' };
  if (response.status === 404) return { status: 'none' };
  if (!response.ok) throw new HttpError(response.status, `manifest: HTTP ${response.status}`);
  const body = await response.json();
  // Without `since` the server sends the bare manifest, as it did before delta manifests.
  const update: ManifestUpdate = held ? body : { kind: 'full', manifest: body as Manifest };
  return { status: 'changed', update, etag: response.headers.get('etag') };
}

/** Fetches entries by hash in one request; they come back as the exact bytes that were hashed. */
export async function fetchEntries(hashes: readonly string[], options: ApiOptions = {}): Promise<EntryPayload[]> {
  const url = `${options.baseUrl ?? ''}/api/content/entries?hashes=${hashes.join(',')}`;
  const response = await fetcher(options)(url);
  if (!response.ok) throw new HttpError(response.status, `entries: HTTP ${response.status}`);
  return parseEntries(new Uint8Array(await response.arrayBuffer()));
}

/** Fetches a media file whole (no Range), for storing in the media cache. */
export async function fetchMedia(hash: string, options: ApiOptions = {}): Promise<Response> {
  const response = await fetcher(options)(`${options.baseUrl ?? ''}${mediaUrl(hash)}`);
  if (!response.ok) throw new HttpError(response.status, `media ${hash.slice(0, 12)}: HTTP ${response.status}`);
  return response;
}
