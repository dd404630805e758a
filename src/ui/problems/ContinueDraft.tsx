// The draft the user left, one tap away (start page and problem list), so reopening the app resumes it.
import type { JSX } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { useDraft } from '../hooks/data';
import { useSettings } from '../hooks/useSettings';
import { formatRelative, useLang, useMessages } from '../i18n/core';
import { ticketMessages } from '../i18n/tickets';
import { stepName } from '../i18n/wizard';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';

type Props = {
  /** Told once it is known whether the card shows, after it is drawn (the start page keeps room for it until then). */
  onSettled?: () => void;
};

export function ContinueDraft({ onSettled }: Props): JSX.Element | null {
  const t = useMessages(ticketMessages);
  const lang = useLang();
  const address = useAddress();
  const { settings, loaded: settingsLoaded } = useSettings();
  const { data: draft, loaded: draftLoaded } = useDraft(settings.lastDraftId);
  const settled = settingsLoaded && (settings.lastDraftId === undefined || draftLoaded);
  const shown = settled && draft !== undefined;
  useLayoutEffect(() => {
    if (settled) onSettled?.();
  }, [settled, shown, onSettled]);
  if (!draft) return null;
  return (
    <div class="notice" role="region" aria-labelledby="continue-draft-title">
      <h2 id="continue-draft-title">{t.continueTitle}</h2>
      <p>{t.continueHint(stepName(draft.step, lang), formatRelative(draft.updatedAt, lang))}</p>
      <div class="actions">
        <Link class="button" href={address(paths.draft(draft.id))}>
          {t.continueDraft}
        </Link>
      </div>
    </div>
  );
}
