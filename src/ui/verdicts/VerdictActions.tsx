// On a ticket Hamta has answered: the next step that verdict calls for, done on the user's own ticket.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { resubmissionDraft } from '../../data/drafts';
import type { Ticket } from '../../domain/schemas';
import { FALLBACK_REMEDY, getVerdict } from '../../domain/verdicts';
import { useLang, useMessages } from '../i18n/core';
import { remedyWords, verdictMessages, verdictWords } from '../i18n/verdicts';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';
import { useStartDraft } from '../hooks/useStartDraft';
import { nextStepFor, resubmissionStep } from './nextStep';
import { OwnerSummary } from './OwnerSummary';
import { RemedySteps } from './RemedySteps';

export function VerdictActions({ ticket }: { ticket: Ticket }): JSX.Element | null {
  const lang = useLang();
  const t = useMessages(verdictMessages);
  const address = useAddress();
  const startDraft = useStartDraft();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!ticket.verdict) return null;
  const verdict = getVerdict(ticket.verdict);
  const next = nextStepFor(verdict.id);
  const words = remedyWords[lang];

  const resubmit = async (kind: 'resubmit-checklist' | 'resubmit-edit'): Promise<void> => {
    setBusy(true);
    setFailed(false);
    try {
      await startDraft(resubmissionDraft(ticket, resubmissionStep(kind)));
    } catch {
      // Storage full or unavailable: say so and let the user try again.
      setFailed(true);
      setBusy(false);
    }
  };

  const resubmitButton = (kind: 'resubmit-checklist' | 'resubmit-edit', label: string): JSX.Element => (
    <>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void resubmit(kind)}>
          {busy ? t.preparing : label}
        </button>
      </div>
      <p role="status" class="field-error">
        {failed ? t.createFailed : ''}
      </p>
    </>
  );

  let body: JSX.Element;
  switch (next) {
    case 'done':
      body = <p class="notice notice-ok">{t.approvedDone}</p>;
      break;
    case 'resubmit-checklist':
      body = (
        <>
          <p>{t.checklistIntro}</p>
          <RemedySteps steps={verdict.remedy} words={words} />
          {resubmitButton('resubmit-checklist', t.resubmitChecklist)}
        </>
      );
      break;
    case 'resubmit-edit':
      body = (
        <>
          <p>{t.editIntro}</p>
          <RemedySteps steps={verdict.remedy} words={words} />
          {resubmitButton('resubmit-edit', t.editResubmit)}
        </>
      );
      break;
    case 'share-with-owner':
      body = (
        <>
          <p>{t.notOwnerIntro}</p>
          <OwnerSummary ticket={ticket} />
          <RemedySteps steps={verdict.remedy} words={words} />
        </>
      );
      break;
    case 'repair-registration':
      body = (
        <>
          <p>{t.partialIntro}</p>
          <RemedySteps steps={verdict.remedy} words={words} />
        </>
      );
      break;
    case 'contact':
      body = (
        <>
          <p>{t.contactIntro}</p>
          <RemedySteps steps={verdict.remedy} words={words} />
          {/* A verdict that names no one to contact (an illegal device) still gets the guide's last resort. */}
          {verdict.remedy.includes('contact-importer') ? null : (
            <>
              <h3>{t.fallbackTitle}</h3>
              <RemedySteps steps={FALLBACK_REMEDY} words={words} />
            </>
          )}
        </>
      );
      break;
  }

  return (
    <section class="panel verdict-actions" aria-labelledby={`verdict-actions-${ticket.id}`}>
      <h2 id={`verdict-actions-${ticket.id}`}>{t.nextStepTitle}</h2>
      <p>
        {t.hamtaAnswered} <strong>{verdictWords[lang][verdict.id].title}</strong>
      </p>
      {body}
      <p>
        <Link href={address(paths.verdict(verdict.id))}>{t.fullGuide}</Link>
      </p>
    </section>
  );
}
