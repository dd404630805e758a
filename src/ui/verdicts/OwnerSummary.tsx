// For "not the owner": a summary the user sends to the phone's owner, by copy or the system share sheet.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Ticket } from '../../domain/schemas';
import { useMessages } from '../i18n/core';
import { verdictMessages } from '../i18n/verdicts';

type Feedback = 'copied' | 'copy-failed' | null;

function imeiList(imeis: readonly string[], unknown: string): string {
  const known = imeis.filter((imei) => imei !== '');
  return known.length > 0 ? known.join(', ') : unknown;
}

export function OwnerSummary({ ticket }: { ticket: Ticket }): JSX.Element {
  const t = useMessages(verdictMessages);
  const [feedback, setFeedback] = useState<Feedback>(null);
  // IMEIs stay in ASCII digits: the owner pastes them into Hamta's boxes.
  const summary = t.ownerSummary(imeiList(ticket.correctImeis, t.unknownImeis), imeiList(ticket.registeredImeis, t.unknownImeis));
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const fieldId = `owner-summary-${ticket.id}`;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(summary);
      setFeedback('copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): the text stays selectable.
      setFeedback('copy-failed');
    }
  };
  const share = async (): Promise<void> => {
    try {
      await navigator.share({ title: t.summaryLabel, text: summary });
    } catch {
      // Closing the share sheet rejects too; there is nothing to report.
    }
  };

  return (
    <div class="field">
      <label for={fieldId}>{t.summaryLabel}</label>
      <textarea id={fieldId} class="owner-summary" readOnly rows={7} value={summary} dir="auto" />
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          {t.copy}
        </button>
        {canShare ? (
          <button type="button" class="secondary" onClick={() => void share()}>
            {t.share}
          </button>
        ) : null}
      </div>
      <p role="status" class={feedback === 'copy-failed' ? 'field-error' : 'muted'}>
        {feedback === 'copied' ? t.copied : feedback === 'copy-failed' ? t.copyFailed : ''}
      </p>
    </div>
  );
}
