// Reads barcodes from a photo or a camera frame: the browser's own BarcodeDetector, else the WebAssembly one from this app's origin.
import type { BarcodeDetector as WasmBarcodeDetector, BarcodeFormat } from 'barcode-detector/ponyfill';
// The decoder's .wasm is emitted as a hashed asset of this build and fetched from this origin, never
// from the package's default CDN. It is not precached (≈ 1 MB): the service worker caches it on first use.
import readerWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { ScannedBarcode } from '../../domain/scannedImeis';
import { keepPart } from '../../sync/workerChannel';

/** IMEIs are Code 128 on boxes; the others are read so they can be named and set aside. */
const FORMATS: readonly BarcodeFormat[] = ['code_128', 'code_39', 'ean_13', 'ean_8', 'upc_a', 'upc_e', 'qr_code', 'data_matrix'];

type Detector = Pick<WasmBarcodeDetector, 'detect'>;
type DetectorClass = {
  new (options: { formats: BarcodeFormat[] }): Detector;
  getSupportedFormats(): Promise<readonly string[]>;
};

let detector: Promise<Detector> | null = null;

/** The native detector where it reads Code 128 (Chrome on Android, macOS, ChromeOS); the WebAssembly one elsewhere. */
async function createDetector(): Promise<Detector> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      const supported = await Native.getSupportedFormats();
      if (supported.includes('code_128')) return new Native({ formats: FORMATS.filter((format) => supported.includes(format)) });
    } catch {
      // A detector that cannot list its formats is not one to rely on.
    }
  }
  const { BarcodeDetector, prepareZXingModule, purgeZXingModule } = await import('barcode-detector/ponyfill');
  try {
    await prepareZXingModule({
      overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? readerWasmUrl : prefix + path) },
      fireImmediately: true,
    });
  } catch (error) {
    // The module keeps a failed load; forget it so the next try fetches again.
    purgeZXingModule();
    throw error;
  }
  // Used once here: the worker keeps the reader from now on, even if this page loaded it before the worker was in charge.
  keepPart('barcode-reader');
  return new BarcodeDetector({ formats: [...FORMATS] });
}

/** The detector, made once; a failed load (offline before first use) is tried again next time. */
export function getDetector(): Promise<Detector> {
  detector ??= createDetector().catch((error: unknown) => {
    detector = null;
    throw error;
  });
  return detector;
}

/** Every barcode in an image or a video frame, with where it sits (for the printed order). */
export async function readBarcodes(source: ImageBitmap | HTMLVideoElement): Promise<ScannedBarcode[]> {
  const found = await (await getDetector()).detect(source);
  return found.map((barcode) => ({
    text: barcode.rawValue,
    format: barcode.format,
    top: barcode.boundingBox.top,
    left: barcode.boundingBox.left,
  }));
}
