// What the user can do with a ticket the queue gave back: send it (again), or correct it and send it again.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { resubmissionDraft } from '../../data/drafts';
import type { FieldIssue, Ticket, WizardStep } from '../../domain/schemas';
import { resendTicket, sendTicket } from '../../sync/appOutbox';
import { useMessages } from '../i18n/core';
import { syncMessages } from '../i18n/sync';
import { useStartDraft } from '../hooks/useStartDraft';

/** The wizard step holding the field the intake's first issue names. */
function stepOfIssues(issues: readonly FieldIssue[] | undefined): WizardStep {
  const field = issues?.[0]?.path[0];
  if (field === 'correctImeis' || field === 'requester') return 'correct';
  if (field === 'registeredImeis') return 'registered';
  if (field === 'slotChecks') return 'checklist';
  if (field === 'description') return 'description';
  return 'review';
}

export function TicketSendActions({ ticket }: { ticket: Ticket }): JSX.Element | null {
  const t = useMessages(syncMessages);
  const startDraft = useStartDraft();
  const [failed, setFailed] = useState(false);
  const run = (action: () => Promise<void>) => (): void => {
    setFailed(false);
    action().catch((error: unknown) => {
      console.error('Ticket action failed', error);
      setFailed(true);
    });
  };
  const correct = async (): Promise<void> => {
    await startDraft(resubmissionDraft(ticket, stepOfIssues(ticket.issues)));
  };

  let body: JSX.Element | null = null;
  if (ticket.status === 'ready-to-send') {
    body = (
      <div class="actions">
        <button type="button" onClick={run(() => sendTicket(ticket.id))}>
          {t.send}
        </button>
      </div>
    );
  } else if (ticket.status === 'not-sent') {
    body = (
      <>
        <p>{t.notSentHint}</p>
        <div class="actions">
          <button type="button" onClick={run(() => resendTicket(ticket.id))}>
            {t.sendAgain}
          </button>
        </div>
      </>
    );
  } else if (ticket.status === 'needs-changes' && !ticket.purged) {
    body = (
      <>
        <p>{t.needsChangesHint}</p>
        <div class="actions">
          <button type="button" onClick={run(correct)}>
            {t.correctAndSend}
          </button>
          <button type="button" class="secondary" onClick={run(() => resendTicket(ticket.id))}>
            {t.sendUnchanged}
          </button>
        </div>
      </>
    );
  }
  if (!body) return null;
  return (
    <div>
      {body}
      <p role="status" class={failed ? 'notice notice-error' : 'visually-hidden'}>
        {failed ? t.actionFailed : ''}
      </p>
    </div>
  );
}
