import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { EntryBodyByKind, EntryKind, Manifest } from '../domain/content.js';
import type { BookingRequest, SlotFeed } from '../domain/help.js';
import type { KioskConfig } from '../domain/kiosk-config.js';
import type { SettingsAnswer } from '../domain/kiosk-settings.js';
import type { KioskIdentity } from '../domain/schemas/fleet.js';

/** An entry body as stored: parsed once, kept under the hash of the bytes it came from. */
export type StoredEntry = {
  [K in EntryKind]: { hash: string; kind: K; body: EntryBodyByKind[K] };
}[EntryKind];

/**
 * Which content version is in force on this tablet. `ready` is a complete version waiting for the
 * next reset point; `previous` is kept for rollback and for entries still on screen.
 */
export interface ContentState {
  active: number | null;
  ready: number | null;
  previous: number | null;
  /** ETag of the newest manifest fully stored (ready or active). */
  etag: string | null;
  lastSyncAt: string | null;
  lastError: string | null;
}

/**
 * A visitor's request waiting to reach the server. It holds personal data (first name, maybe a
 * phone or e-mail) and is deleted the moment the server acknowledges it.
 */
export interface OutboxEntry {
  /** A UUID made with the request; it travels as the Idempotency-Key on every try. */
  key: string;
  body: BookingRequest;
  queuedAt: number;
  attempts: number;
  /** Not tried again before this time (ms since epoch): the backoff. */
  nextAttemptAt: number;
  /** `rejected`: the server refused it as malformed; kept, never sent again, never silently dropped. */
  state: 'queued' | 'rejected';
  lastError: string | null;
}

/** The help-session times kept for offline use, and when the server last confirmed them. */
export interface StoredSlotFeed {
  feed: SlotFeed;
  etag: string | null;
  checkedAt: string;
}

/** A search index built for one content version and language, so a visitor's search never builds one. */
export interface SearchIndexRecord {
  version: number;
  lang: string;
  guideCount: number;
  /** The serialised index (the search code's own format; see `src/kiosk/search/`). */
  index: string;
}

/** The records of the `device` store, each under its own key. */
export type DeviceRecord =
  | { key: 'token'; value: string }
  | { key: 'identity'; value: KioskIdentity }
  | { key: 'revoked'; value: boolean }
  | { key: 'beatSeq'; value: number };

export interface KioskDB extends DBSchema {
  entries: { key: string; value: StoredEntry };
  manifests: { key: number; value: Manifest };
  meta: { key: 'content'; value: ContentState };
  /**
   * The server's kiosk settings (`kiosk`), kept for starts without a network, and this kiosk's own
   * settings from the fleet: `applied` is in force, `pending` waits for the next idle reset.
   */
  settings: { key: 'kiosk'; value: KioskConfig } | { key: 'applied' | 'pending'; value: SettingsAnswer };
  /** Requests for help sessions not yet acknowledged by the server. */
  outbox: { key: string; value: OutboxEntry };
  slotFeed: { key: 'feed'; value: StoredSlotFeed };
  /**
   * This tablet's credentials for kiosk routes (`token`), who it is in the fleet (`identity`, once
   * enrolled), whether the server revoked it (`revoked`), and its heartbeat counter (`beatSeq`).
   */
  device: DeviceRecord;
  /** Search indexes under [content version, language]; dropped with their version. */
  searchIndexes: { key: [number, string]; value: SearchIndexRecord };
}

export const EMPTY_STATE: ContentState = {
  active: null,
  ready: null,
  previous: null,
  etag: null,
  lastSyncAt: null,
  lastError: null,
};

const DB_NAME = 'servicepunkt';
let opening: Promise<IDBPDatabase<KioskDB>> | undefined;

/** The kiosk's one IndexedDB connection, opened (and upgraded) on first use. */
export function kioskDb(): Promise<IDBPDatabase<KioskDB>> {
  opening ??= openDB<KioskDB>(DB_NAME, 4, {
    upgrade(db, oldVersion) {
      // Each step brings a database from one version to the next; a tablet may skip several.
      if (oldVersion < 1) {
        db.createObjectStore('entries', { keyPath: 'hash' });
        db.createObjectStore('manifests', { keyPath: 'version' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) db.createObjectStore('settings');
      if (oldVersion < 3) {
        db.createObjectStore('outbox', { keyPath: 'key' });
        db.createObjectStore('slotFeed');
        db.createObjectStore('device');
      }
      if (oldVersion < 4) db.createObjectStore('searchIndexes', { keyPath: ['version', 'lang'] });
    },
    blocking() {
      // A newer app version wants to upgrade: let it, and open again on next use.
      void opening?.then((db) => db.close());
      opening = undefined;
    },
  });
  return opening;
}

/** Closes the connection (tests use it to start from a fresh database). */
export async function closeKioskDb(): Promise<void> {
  const db = await opening;
  opening = undefined;
  db?.close();
}
