import type { ContentState } from '../../client/db.js';
import type { KioskSettings, SettingsAnswer } from '../../domain/kiosk-settings.js';

/** What the first screen needs from the tablet's storage. */
export interface StartRead {
  /** The fleet settings applied on this tablet; null when it is not enrolled. */
  settings: KioskSettings | null;
  /** Whether the tablet holds a content version, so the welcome screen (not "no content yet") comes first. */
  hasContent: boolean;
}

const NOTHING: StartRead = { settings: null, hasContent: false };

/**
 * Reads the applied fleet settings and the content state in ONE transaction, with the bare
 * IndexedDB API (no idb wrapper, no schema code on the first screen's path). It never creates or
 * upgrades the database: a tablet without one has nothing yet, and src/client/db.ts makes it.
 * Any failure reads as "nothing yet"; the app behind it reads again and says what went wrong.
 */
export function readStart(): Promise<StartRead> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open('servicepunkt');
    } catch {
      resolve(NOTHING);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(NOTHING);
    request.onsuccess = () => {
      const db = request.result;
      const stores = ['settings', 'meta'].filter((name) => db.objectStoreNames.contains(name));
      if (stores.length < 2) {
        db.close();
        resolve(NOTHING);
        return;
      }
      const tx = db.transaction(stores);
      const applied = tx.objectStore('settings').get('applied');
      const content = tx.objectStore('meta').get('content');
      // Closed at once, so an app update that upgrades the database is never blocked by this read.
      tx.oncomplete = () => {
        db.close();
        const state = content.result as ContentState | undefined;
        resolve({
          settings: (applied.result as SettingsAnswer | undefined)?.settings ?? null,
          hasContent: state?.active != null || state?.ready != null,
        });
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        resolve(NOTHING);
      };
    };
  });
}
