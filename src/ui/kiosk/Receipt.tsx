// The customer's receipt in kiosk mode: printed on one page, shared as text, or shown as a QR code made on the device.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Ticket } from '../../domain/schemas';
import { useLang, useMessages } from '../i18n/core';
import { receiptMessages } from '../i18n/receipt';
import { ReceiptQr } from './ReceiptQr';
import { receiptLines, receiptText } from './receiptText';
import './receipt.css';

/** The verdict guide's address on this app: it holds nothing of the ticket. */
function guideAddress(): string {
  return `${window.location.origin}/verdicts`;
}

export function Receipt({ ticket, onClose }: { ticket: Ticket; onClose: () => void }): JSX.Element {
  const t = useMessages(receiptMessages);
  const lang = useLang();
  const [qrShown, setQrShown] = useState(false);
  const [shareFailed, setShareFailed] = useState(false);
  const text = receiptText(ticket, lang, guideAddress());
  const canShare = typeof navigator.share === 'function';

  const share = async (): Promise<void> => {
    setShareFailed(false);
    try {
      await navigator.share({ title: t.title, text });
    } catch (error) {
      // The customer closing the share sheet is not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setShareFailed(true);
    }
  };

  return (
    <section class="receipt panel" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t.title}</h2>
      <dl class="receipt-lines">
        {receiptLines(ticket, lang).map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>
              <bdi>{line.value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t.nextTitle}</h3>
      <p>{t.nextWhen}</p>
      <p>{t.nextWhere}</p>
      <p>{t.nextGuide(guideAddress())}</p>
      <p class="muted">{t.privacy}</p>
      {qrShown ? <ReceiptQr text={text} label={t.qrLabel} /> : null}
      <div class="actions receipt-actions">
        <button type="button" onClick={() => window.print()}>
          {t.print}
        </button>
        {canShare ? (
          <button type="button" class="secondary" onClick={() => void share()}>
            {t.share}
          </button>
        ) : null}
        <button type="button" class="secondary" aria-pressed={qrShown} onClick={() => setQrShown(!qrShown)}>
          {qrShown ? t.hideQr : t.showQr}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
      {shareFailed ? (
        <p class="notice notice-error" role="alert">
          {t.shareFailed}
        </p>
      ) : null}
    </section>
  );
}
