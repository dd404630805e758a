// The "Scan barcode" button beside an IMEI field: opens the scanner, and hands what it reads to the field.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { placeScannedImeis } from '../../domain/scannedImeis';
import type { ImeiFieldProps } from '../components/ImeiField';
import { useMessages } from '../i18n/core';
import { scanMessages } from '../i18n/scan';
import { ScanDialog } from './ScanDialog';

type ScanBarcodeProps = {
  /** The label of the field that asked, repeated in the scanner so the user knows where IMEIs go. */
  fieldLabel: string;
  /** Puts the IMEIs found (valid, in printed order) into the fields; returns those it used, in order. */
  onImeis(imeis: string[]): string[];
};

export function ScanBarcode(props: ScanBarcodeProps): JSX.Element {
  const t = useMessages(scanMessages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          {t.scan}
        </button>
      </div>
      {open ? <ScanDialog fieldLabel={props.fieldLabel} onImeis={props.onImeis} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * For an IMEI field: the first IMEI fills the field; the second fills slot 2 when the field is
 * slot 1 and slot 2 is empty (through the field's spreading of pasted IMEIs over slots).
 */
export function fillImeiField(field: ImeiFieldProps, setValue: (value: string) => void, imeis: string[]): string[] {
  const slot2Value =
    field.onPasteMany && field.slot !== undefined ? (field.otherImeis?.find((other) => other.slot === 2)?.value ?? '') : null;
  const placed = placeScannedImeis(imeis, field.slot, slot2Value);
  if (placed.asking === null) return [];
  if (placed.slot2 === null) {
    setValue(placed.asking);
    return [placed.asking];
  }
  field.onPasteMany?.([placed.asking, placed.slot2]);
  return [placed.asking, placed.slot2];
}

/** For a text of IMEIs (the IMEI check): the IMEIs found are added as lines of their own. */
export function withScannedLines(text: string, imeis: readonly string[]): string {
  const kept = text.trimEnd();
  return [kept, ...imeis].filter((line) => line !== '').join('\n');
}
