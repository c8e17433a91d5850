/** Entry bodies, stored once under the SHA-256 of their bytes. */
export interface ContentBlobTable {
  hash: string;
  kind: string;
  body: string;
  size: number;
}

/** Every published content version; the newest one is in force. */
export interface ContentVersionTable {
  version: number;
  created_at: string;
  changelog: string;
  /** The manifest as served, byte for byte, so its ETag never drifts. */
  manifest: string;
  etag: string;
}

/** Media files; the bytes live in DATA_DIR/media/<hash>. */
export interface MediaTable {
  hash: string;
  type: string;
  size: number;
  created_at: string;
}

export interface Database {
  content_blob: ContentBlobTable;
  content_version: ContentVersionTable;
  media: MediaTable;
}
