// The kiosk's first read of its storage, started from the page's head while the app's code is
// still loading (on a slow tablet that is a few hundred milliseconds; the read then costs the
// first screen nothing). It reads the applied fleet settings and the content state in ONE
// transaction, with the bare IndexedDB API, and leaves the answer as a promise on
// `window.servicepunktStartRead` for the app's entry (src/kiosk/main.tsx; its shape is
// `StartRead` in src/kiosk/first-screen/start-read.ts). It never creates or upgrades the database:
// a tablet without one has nothing yet, and src/client/db.ts makes it. Any failure reads as
// "nothing yet"; the app behind it reads again and says what went wrong.
// A file rather than an inline script, so the page's Content-Security-Policy can stay script-src 'self'.
window.servicepunktStartRead = new Promise((resolve) => {
  const nothing = { settings: null, hasContent: false };
  let request;
  try {
    request = indexedDB.open('servicepunkt');
  } catch {
    resolve(nothing);
    return;
  }
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = () => resolve(nothing);
  request.onsuccess = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('meta')) {
      db.close();
      resolve(nothing);
      return;
    }
    const tx = db.transaction(['settings', 'meta']);
    const applied = tx.objectStore('settings').get('applied');
    const content = tx.objectStore('meta').get('content');
    // Closed at once, so an app update that upgrades the database is never blocked by this read.
    tx.oncomplete = () => {
      db.close();
      const state = content.result;
      resolve({
        settings: applied.result?.settings ?? null,
        hasContent: state?.active != null || state?.ready != null,
      });
    };
    tx.onerror = tx.onabort = () => {
      db.close();
      resolve(nothing);
    };
  };
});
