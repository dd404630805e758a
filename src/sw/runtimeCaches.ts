// What the service worker leaves out of its precache: the barcode reader (cached on first use) and the in-memory database.

/** The build's name for the reader's script chunk (vite.config.ts), before its hash. */
export const BARCODE_READER_CHUNK = 'barcode-reader';

/** The reader's script chunk and its WebAssembly, by path on the app's own origin. */
export function isBarcodeReaderFile(pathname: string): boolean {
  return pathname.startsWith(`/assets/${BARCODE_READER_CHUNK}-`) || pathname.endsWith('.wasm');
}

/** The build's name for fake-indexeddb's chunk: only loaded where IndexedDB is blocked, and Cache Storage with it. */
export const MEMORY_DB_CHUNK = 'memory-db';
