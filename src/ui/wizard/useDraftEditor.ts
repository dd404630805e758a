// Holds the draft being edited and writes every change through the autosaver, so nothing typed is ever lost.
import { useEffect, useRef, useState } from 'preact/hooks';
import { createAutosaver, type Autosaver, type AutosaveState } from '../../data/autosave';
import { getDraft, saveDraft, saveDraftNow } from '../../data/drafts';
import type { TicketDraft } from '../../domain/schemas';

export type DraftEditor =
  | { status: 'loading' }
  | { status: 'missing' }
  | {
      status: 'ready';
      draft: TicketDraft;
      saveState: AutosaveState;
      /** Applies a change to the latest draft (never a stale copy) and schedules its write. */
      change(edit: (draft: TicketDraft) => TicketDraft): void;
      /** Writes what is pending now (before the draft becomes a ticket). */
      flush(): Promise<void>;
    };

/**
 * The draft lives in component state while the wizard is open; IndexedDB gets
 * every change within 300 ms (and at once when the page is hidden or closed)
 * through createAutosaver. It is read once: a live query would race the
 * user's own typing.
 */
export function useDraftEditor(id: string): DraftEditor {
  const [draft, setDraft] = useState<TicketDraft | null | undefined>(undefined);
  const [saveState, setSaveState] = useState<AutosaveState>('saved');
  const latest = useRef<TicketDraft | null>(null);
  const saver = useRef<Autosaver<TicketDraft> | null>(null);

  useEffect(() => {
    let alive = true;
    setDraft(undefined);
    latest.current = null;
    const autosaver = createAutosaver<TicketDraft>(saveDraft, undefined, saveDraftNow);
    saver.current = autosaver;
    const unsubscribe = autosaver.subscribe(setSaveState);
    getDraft(id).then(
      (found) => {
        if (!alive) return;
        latest.current = found ?? null;
        setDraft(found ?? null);
      },
      () => {
        if (alive) setDraft(null);
      },
    );
    return () => {
      alive = false;
      unsubscribe();
      // Leaving the wizard (another screen, another draft) writes what is pending first.
      void autosaver.dispose();
      if (saver.current === autosaver) saver.current = null;
    };
  }, [id]);

  if (draft === undefined) return { status: 'loading' };
  if (draft === null) return { status: 'missing' };
  return {
    status: 'ready',
    draft,
    saveState,
    change(edit) {
      const current = latest.current;
      if (!current) return;
      const next = edit(current);
      latest.current = next;
      setDraft(next);
      saver.current?.update(next);
    },
    async flush() {
      // Saving goes on afterwards: once the draft is a ticket, saveDraft no longer brings it back.
      await saver.current?.flush();
    },
  };
}
