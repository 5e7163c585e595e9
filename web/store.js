// Work survives a reload: the input, the article list and the last report
// are kept in this browser's IndexedDB until the user clears them.
'use strict';

const SiftStore = (() => {
  const DB = 'sift';
  const STORE = 'session';
  let dbPromise = null;

  function open() {
    if (!dbPromise) {
      dbPromise = new Promise((resolve, reject) => {
        if (!('indexedDB' in self)) { reject(new Error('IndexedDB is not available')); return; }
        const req = indexedDB.open(DB, 1);
        req.onupgradeneeded = () => req.result.createObjectStore(STORE);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    return dbPromise;
  }

  async function run(mode, fn) {
    const db = await open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req && req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('storage aborted'));
    });
  }

  return {
    save: (key, value) => run('readwrite', (s) => s.put(value, key)).catch(() => undefined),
    load: (key) => run('readonly', (s) => s.get(key)).catch(() => undefined),
    clear: () => run('readwrite', (s) => s.clear()).catch(() => undefined),
  };
})();
