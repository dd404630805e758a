// What the service worker does not precache for everyone: parts used by few, kept once used, and the in-memory database.
import type { FirstUsePartName } from '../domain/firstUseParts';

/** The build's names for the chunks below (vite.config.ts), before their hash. */
export const BARCODE_READER_CHUNK = 'barcode-reader';
export const KIOSK_CHUNK = 'kiosk';
/** fake-indexeddb: only loaded where IndexedDB is blocked, and Cache Storage with it; never cached. */
export const MEMORY_DB_CHUNK = 'memory-db';

/**
 * A part of the app used by few: cached on first use (in its own cache, named after it), and from then
 * on kept current by every update of the worker, before the update takes over, so it still works offline.
 */
export type FirstUsePart = { name: FirstUsePartName; matches: (pathname: string) => boolean };

export const FIRST_USE_PARTS: readonly FirstUsePart[] = [
  // The reader's script and its WebAssembly (≈ 1.1 MB).
  { name: 'barcode-reader', matches: (path) => path.startsWith(`/assets/${BARCODE_READER_CHUNK}-`) || path.endsWith('.wasm') },
  // Kiosk mode: the bar, the staff screen, the receipt and its QR code, and the module the app loads them through.
  { name: 'kiosk', matches: (path) => path.startsWith(`/assets/${KIOSK_CHUNK}-`) || path.startsWith('/assets/kioskParts-') },
];

export function firstUsePartOf(pathname: string): FirstUsePart | undefined {
  return FIRST_USE_PARTS.find((part) => part.matches(pathname));
}
