// The "Scan barcode" button beside an IMEI field: opens the scanner and puts what it reads where it belongs.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { placeScannedImeis } from '../../domain/scannedImeis';
import type { ImeiFieldProps } from '../components/ImeiField';
import { useMessages } from '../i18n/core';
import { scanMessages } from '../i18n/scan';
import { ScanDialog, type Placed } from './ScanDialog';

type ScanBarcodeProps = {
  field: ImeiFieldProps;
  /** Sets the field's own value (the field's paste note is cleared with it). */
  onFill(value: string): void;
};

/** Slot 2's value when the field can fill it (it spreads IMEIs over slots), else null. */
function slot2ValueOf(field: ImeiFieldProps): string | null {
  if (!field.onPasteMany || field.slot === undefined) return null;
  return field.otherImeis?.find((other) => other.slot === 2)?.value ?? '';
}

export function ScanBarcode({ field, onFill }: ScanBarcodeProps): JSX.Element {
  const t = useMessages(scanMessages);
  const [open, setOpen] = useState(false);

  const fill = (imeis: string[]): Placed => {
    const placed = placeScannedImeis(imeis, field.slot, slot2ValueOf(field));
    if (placed.asking !== null && placed.slot2 !== null) field.onPasteMany?.([placed.asking, placed.slot2]);
    else if (placed.asking !== null) onFill(placed.asking);
    return placed;
  };

  return (
    <>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          {t.scan}
        </button>
      </div>
      {open ? <ScanDialog fieldLabel={field.label} onImeis={fill} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
