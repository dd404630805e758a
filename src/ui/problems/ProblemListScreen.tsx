// "Register & track problems": create a ticket, resume or discard drafts, follow submitted tickets.
import type { JSX } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import { deleteDraft, restoreDraft } from '../../data/drafts';
import { updateSettings } from '../../data/settings';
import type { TicketDraft } from '../../domain/schemas';
import { useDrafts, useTickets } from '../hooks/data';
import { useSettings } from '../hooks/useSettings';
import { useMessages } from '../i18n/core';
import { ticketMessages } from '../i18n/tickets';
import type { ScreenProps } from '../router';
import { useStartDraft } from '../hooks/useStartDraft';
import { ContinueDraft } from './ContinueDraft';
import { DraftList } from './DraftList';
import { TicketList } from './TicketList';
import { UndoNotice } from '../components/UndoNotice';

type Discarded = { draft: TicketDraft; wasLast: boolean };

export function ProblemListScreen(_props: ScreenProps): JSX.Element {
  const t = useMessages(ticketMessages);
  const startDraft = useStartDraft();
  const drafts = useDrafts();
  const tickets = useTickets();
  const { settings } = useSettings();
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [discarded, setDiscarded] = useState<Discarded | null>(null);
  const [restored, setRestored] = useState(false);
  const masked = settings.kiosk.enabled;
  const lastDraft = drafts.data.find((draft) => draft.id === settings.lastDraftId);

  const create = async (): Promise<void> => {
    if (creating) return;
    setCreating(true);
    setProblem(null);
    try {
      await startDraft();
    } catch {
      setProblem(t.createFailed);
      setCreating(false);
    }
  };

  const discard = async (draft: TicketDraft): Promise<void> => {
    setProblem(null);
    setRestored(false);
    try {
      const deleted = await deleteDraft(draft.id);
      if (deleted) setDiscarded({ draft: deleted, wasLast: settings.lastDraftId === draft.id });
    } catch {
      setProblem(t.discardFailed);
    }
  };

  const closeNotice = useCallback(() => setDiscarded(null), []);

  const undo = async (): Promise<void> => {
    if (!discarded) return;
    setDiscarded(null);
    try {
      await restoreDraft(discarded.draft);
      if (discarded.wasLast) await updateSettings({ lastDraftId: discarded.draft.id });
      setRestored(true);
    } catch {
      setProblem(t.discardFailed);
    }
  };

  return (
    <section aria-labelledby="problems-title">
      <h1 id="problems-title">{t.listTitle}</h1>
      <p class="lead">{t.listIntro}</p>
      <ContinueDraft />
      <div class="actions">
        <button type="button" class={lastDraft ? 'secondary' : undefined} onClick={() => void create()} disabled={creating}>
          {t.create}
        </button>
      </div>
      <p role="status" class={restored ? 'notice notice-ok' : 'visually-hidden'}>
        {restored ? t.restored : ''}
      </p>
      <div aria-live="polite">
        {discarded ? (
          <UndoNotice
            key={discarded.draft.id}
            message={t.discarded}
            undoLabel={t.undo}
            closeLabel={t.dismiss}
            onUndo={() => void undo()}
            onClose={closeNotice}
          />
        ) : null}
      </div>
      {problem ? (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      ) : null}

      {drafts.loaded && tickets.loaded && drafts.data.length === 0 && tickets.data.length === 0 ? (
        <p class="muted">{t.nothingYet}</p>
      ) : null}

      <h2>{t.draftsTitle}</h2>
      {drafts.loaded ? (
        <DraftList drafts={drafts.data} masked={masked} onDiscard={(draft) => void discard(draft)} />
      ) : (
        <p class="loading">{t.loading}</p>
      )}

      <h2>{t.ticketsTitle}</h2>
      {tickets.loaded ? <TicketList tickets={tickets.data} masked={masked} /> : <p class="loading">{t.loading}</p>}
    </section>
  );
}
