// Picking IMEIs out of every barcode on a phone box, and where they go.
import { describe, expect, it } from 'vitest';
import { pickScannedImeis, placeScannedImeis, type ScannedBarcode } from '@/domain/scannedImeis';

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';
const EAN = '6291041500213';
const SERIAL = 'R58M1234ABC';

const code128 = (text: string, top?: number, left?: number): ScannedBarcode => ({ text, format: 'code_128', top, left });

describe('pickScannedImeis', () => {
  it('takes the IMEIs of a box in printed order and notes the EAN and the serial number', () => {
    const box: ScannedBarcode[] = [
      { text: EAN, format: 'ean_13', top: 400, left: 10 },
      code128(IMEI_2, 200, 10),
      code128(SERIAL, 300, 10),
      code128(IMEI_1, 100, 10),
    ];
    expect(pickScannedImeis(box)).toEqual({
      imeis: [IMEI_1, IMEI_2],
      setAside: [
        { text: SERIAL, reason: 'not-imei' },
        { text: EAN, reason: 'product-code' },
      ],
    });
  });

  it('reads barcodes on one line from left to right', () => {
    const line = [code128(IMEI_2, 105, 300), code128(IMEI_1, 100, 20)];
    expect(pickScannedImeis(line).imeis).toEqual([IMEI_1, IMEI_2]);
  });

  it("keeps the decoder's order when positions are missing", () => {
    expect(pickScannedImeis([code128(IMEI_2), code128(IMEI_1)]).imeis).toEqual([IMEI_2, IMEI_1]);
  });

  it('offers an IMEI once when it is read twice, or as an IMEISV', () => {
    const twice = [code128(IMEI_1, 0, 0), code128(`${IMEI_1}/23`, 50, 0), code128(IMEI_1, 100, 0)];
    expect(pickScannedImeis(twice)).toEqual({ imeis: [IMEI_1], setAside: [] });
  });

  it('sets aside 15 digits with a wrong check digit, never fixing them silently', () => {
    const misread = `${IMEI_1.slice(0, 14)}0`;
    expect(pickScannedImeis([code128(misread)])).toEqual({ imeis: [], setAside: [{ text: misread, reason: 'check-digit' }] });
  });

  it('does not take an EAN for an IMEI even if its digits would pass', () => {
    expect(pickScannedImeis([{ text: IMEI_1, format: 'ean_13' }]).setAside).toEqual([{ text: IMEI_1, reason: 'product-code' }]);
  });

  it('ignores empty reads and repeats of the same non-IMEI', () => {
    expect(pickScannedImeis([code128(' '), code128(SERIAL), code128(SERIAL)]).setAside).toEqual([{ text: SERIAL, reason: 'not-imei' }]);
  });

  it('finds nothing in nothing', () => {
    expect(pickScannedImeis([])).toEqual({ imeis: [], setAside: [] });
  });
});

describe('placeScannedImeis', () => {
  it('fills the field that asked and an empty slot 2', () => {
    expect(placeScannedImeis([IMEI_1, IMEI_2], 1, '')).toEqual({ asking: IMEI_1, slot2: IMEI_2 });
  });

  it('never overwrites a slot 2 that holds something', () => {
    expect(placeScannedImeis([IMEI_1, IMEI_2], 1, '35')).toEqual({ asking: IMEI_1, slot2: null });
  });

  it('fills only the field that asked when it is slot 2, or when there is no slot 2', () => {
    expect(placeScannedImeis([IMEI_1, IMEI_2], 2, '')).toEqual({ asking: IMEI_1, slot2: null });
    expect(placeScannedImeis([IMEI_1, IMEI_2], undefined, null)).toEqual({ asking: IMEI_1, slot2: null });
  });

  it('changes nothing when no IMEI was found', () => {
    expect(placeScannedImeis([], 1, '')).toEqual({ asking: null, slot2: null });
  });
});
