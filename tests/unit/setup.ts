// Gives Node an IndexedDB so Dexie runs in unit tests as it does in the browser.
import 'fake-indexeddb/auto';
