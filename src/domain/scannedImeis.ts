// Barcodes read off a phone box: which of them are IMEIs, in the order they are printed, and why the rest are not.
import { parseImei } from './imei';

/** One barcode a decoder read: its text, its symbology, and where it sits in the picture (px). */
export type ScannedBarcode = {
  text: string;
  /** The decoder's name for the symbology, e.g. 'code_128', 'ean_13'. */
  format: string;
  top?: number;
  left?: number;
};

/**
 * Why a barcode was not taken as an IMEI:
 * - 'product-code': an EAN/UPC, the shop's product number;
 * - 'check-digit': 15 digits whose last digit does not check (a misprint or a misread);
 * - 'not-imei': anything else, usually the serial number.
 */
export type SetAsideReason = 'product-code' | 'check-digit' | 'not-imei';

export type SetAsideBarcode = { text: string; reason: SetAsideReason };

export type ScannedImeis = {
  /** Valid IMEIs, normalised, without repeats, in the order they are printed (top to bottom). */
  imeis: string[];
  setAside: SetAsideBarcode[];
};

const PRODUCT_CODE_FORMATS: ReadonlySet<string> = new Set(['ean_13', 'ean_8', 'upc_a', 'upc_e']);
/** 12 px: barcodes whose tops differ by less sit side by side on one printed line. */
const SAME_LINE_PX = 12;

/**
 * Picks the IMEIs out of every barcode read on a box. A box prints IMEI 1 above IMEI 2, so the
 * barcodes are taken top to bottom, then left to right on one line;
 * barcodes without a position keep the decoder's order. Every text goes through parseImei, so a
 * barcode is an IMEI only when it passes the same check as a typed one.
 */
export function pickScannedImeis(barcodes: readonly ScannedBarcode[]): ScannedImeis {
  const imeis: string[] = [];
  const setAside: SetAsideBarcode[] = [];
  const seenAside = new Set<string>();
  for (const barcode of inPrintedOrder(barcodes)) {
    const parsed = parseImei(barcode.text);
    if (parsed.ok && !PRODUCT_CODE_FORMATS.has(barcode.format)) {
      if (!imeis.includes(parsed.imei)) imeis.push(parsed.imei);
      continue;
    }
    const text = barcode.text.trim();
    if (text === '' || seenAside.has(text)) continue;
    seenAside.add(text);
    setAside.push({ text, reason: reasonOf(barcode, parsed.ok ? null : parsed.error) });
  }
  return { imeis, setAside };
}

function reasonOf(barcode: ScannedBarcode, error: string | null): SetAsideReason {
  if (PRODUCT_CODE_FORMATS.has(barcode.format)) return 'product-code';
  return error === 'check-digit' ? 'check-digit' : 'not-imei';
}

function inPrintedOrder(barcodes: readonly ScannedBarcode[]): ScannedBarcode[] {
  if (!barcodes.every((barcode) => barcode.top !== undefined && barcode.left !== undefined)) return [...barcodes];
  return [...barcodes].sort((a, b) => {
    const dy = (a.top ?? 0) - (b.top ?? 0);
    return Math.abs(dy) >= SAME_LINE_PX ? dy : (a.left ?? 0) - (b.left ?? 0);
  });
}

/**
 * Where scanned IMEIs go: the first into the field that asked; the second into slot 2 when the
 * field that asked is slot 1 and slot 2 is still empty. Slot numbers are 1-based; null: no slot 2.
 */
export function placeScannedImeis(
  imeis: readonly string[],
  askingSlot: number | undefined,
  slot2Value: string | null,
): { asking: string | null; slot2: string | null } {
  const [first, second] = imeis;
  if (first === undefined) return { asking: null, slot2: null };
  const fillsSlot2 = second !== undefined && (askingSlot ?? 1) === 1 && slot2Value !== null && slot2Value.trim() === '';
  return { asking: first, slot2: fillsSlot2 ? second : null };
}
