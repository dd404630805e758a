// What the service worker caches on first use rather than at install: the barcode reader, used by few.

/** The build's name for the reader's script chunk (vite.config.ts), before its hash. */
export const BARCODE_READER_CHUNK = 'barcode-reader';

/** The reader's script chunk and its WebAssembly, by path on the app's own origin. */
export function isBarcodeReaderFile(pathname: string): boolean {
  return pathname.startsWith(`/assets/${BARCODE_READER_CHUNK}-`) || pathname.endsWith('.wasm');
}
