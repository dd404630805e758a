// The draft the user left, one tap away (start page and problem list), so reopening the app resumes it.
import type { JSX } from 'preact';
import { useDraft } from '../hooks/data';
import { useSettings } from '../hooks/useSettings';
import { formatRelative, useLang, useMessages } from '../i18n/core';
import { ticketMessages } from '../i18n/tickets';
import { stepName } from '../i18n/wizard';
import { paths, useAddress } from '../addresses';
import { Link } from '../router';

export function ContinueDraft(): JSX.Element | null {
  const t = useMessages(ticketMessages);
  const lang = useLang();
  const address = useAddress();
  const { settings } = useSettings();
  const { data: draft } = useDraft(settings.lastDraftId);
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
