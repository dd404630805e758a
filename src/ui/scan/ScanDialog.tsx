// The scanner: the camera where the browser allows it, and always a photo of the barcode; what was read, and what was set aside.
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { pickScannedImeis, type ScannedBarcode, type ScannedImeis } from '../../domain/scannedImeis';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { scanMessages, setAsideText } from '../i18n/scan';
import { useCamera } from './useCamera';

type ScanDialogProps = {
  fieldLabel: string;
  /** Fills the fields with the IMEIs found, in printed order; returns those it used. */
  onImeis(imeis: string[]): string[];
  onClose(): void;
};

type Outcome =
  | { kind: 'reading' }
  | { kind: 'reader-failed' }
  | { kind: 'image-failed' }
  | { kind: 'read'; found: ScannedImeis; filled: string[]; barcodes: number };

export function ScanDialog(props: ScanDialogProps): JSX.Element {
  const t = useMessages(scanMessages);
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cameraWanted, setCameraWanted] = useState(true);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const show = (barcodes: ScannedBarcode[]): void => {
    const found = pickScannedImeis(barcodes);
    const filled = found.imeis.length > 0 ? props.onImeis(found.imeis) : [];
    setOutcome({ kind: 'read', found, filled, barcodes: barcodes.length });
  };

  // The camera stops by itself once it has read an IMEI; a photo still works after that.
  const camera = useCamera(video, cameraWanted, (barcodes) => {
    if (pickScannedImeis(barcodes).imeis.length === 0) return false;
    show(barcodes);
    setCameraWanted(false);
    return true;
  });

  const onPhoto = async (event: TargetedEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'reading' });
    let image: ImageBitmap;
    try {
      image = await createImageBitmap(file);
    } catch {
      setOutcome({ kind: 'image-failed' });
      return;
    }
    try {
      const { readBarcodes } = await import('./barcodeReader');
      show(await readBarcodes(image));
    } catch (error) {
      console.warn('Barcode reader failed', error);
      setOutcome({ kind: 'reader-failed' });
    } finally {
      image.close();
      // The same photo may be chosen again after a fix.
      input.value = '';
    }
  };

  const cameraText =
    camera === 'starting' ? t.cameraStarting : camera === 'on' ? t.cameraOn : camera === 'unavailable' ? t.cameraUnavailable : '';

  return (
    <dialog ref={dialog} class="scan-dialog" aria-labelledby="scan-title" onClose={props.onClose}>
      <h2 id="scan-title">{t.title}</h2>
      <p class="muted">{props.fieldLabel}</p>
      <p>{t.intro}</p>
      {camera === 'starting' || camera === 'on' ? <video ref={video} class="scan-video" muted playsInline /> : null}
      <p class="field-hint">{cameraText}</p>
      <div class="field">
        <label for="scan-photo">{t.photo}</label>
        <input
          id="scan-photo"
          type="file"
          accept="image/*"

          aria-describedby="scan-photo-hint"
          onChange={(event) => void onPhoto(event)}
        />
        <p id="scan-photo-hint" class="field-hint">
          {t.photoHint}
        </p>
      </div>
      <div role="status" class="scan-result">
        {outcome ? <OutcomeText outcome={outcome} /> : null}
      </div>
      {outcome?.kind === 'read' && (outcome.found.imeis.length > 0 || outcome.found.setAside.length > 0) ? (
        <>
          {outcome.found.imeis.length > 0 ? (
            <>
              <h3>{t.found}</h3>
              <ol class="scan-list">
                {outcome.found.imeis.map((imei) => (
                  <li key={imei} class="imei" dir="ltr">
                    {localDigits(imei, lang)}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {outcome.found.setAside.length > 0 ? (
            <>
              <h3>{t.ignored}</h3>
              <ul class="scan-list">
                {outcome.found.setAside.map((item) => (
                  <li key={item.text}>
                    <bdi>{item.text}</bdi>: {setAsideText(t, item.reason)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      <div class="actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}

function OutcomeText({ outcome }: { outcome: Outcome }): JSX.Element {
  const t = useMessages(scanMessages);
  switch (outcome.kind) {
    case 'reading':
      return <p>{t.reading}</p>;
    case 'reader-failed':
      return <p class="field-error">{t.readerFailed}</p>;
    case 'image-failed':
      return <p class="field-error">{t.imageFailed}</p>;
    case 'read': {
      const [first] = outcome.filled;
      if (outcome.filled.length > 1) return <p>{t.filledMany(outcome.filled)}</p>;
      if (first !== undefined) return <p>{t.filledOne(first)}</p>;
      return <p class="field-error">{outcome.barcodes === 0 ? t.nothingFound : t.noImei}</p>;
    }
  }
}
