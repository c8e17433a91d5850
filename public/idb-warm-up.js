// Warms up IndexedDB while the app's code loads: opening the store is the slowest part of an
// offline start. It reads nothing and never creates the database (src/client/db.ts does that).
// A file rather than an inline script, so the page's Content-Security-Policy can stay script-src 'self'.
try {
  const warm = indexedDB.open('servicepunkt');
  warm.onupgradeneeded = () => warm.transaction.abort();
  warm.onsuccess = () => warm.result.close();
} catch {}
