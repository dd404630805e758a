// The drafts on this device: continue one, or discard it (with undo).
import type { JSX } from 'preact';
import type { TicketDraft } from '../../domain/schemas';
import { formatDateTime, formatRelative, localDigits, useLang, useMessages } from '../i18n/core';
import { ticketMessages } from '../i18n/tickets';
import { stepName } from '../i18n/wizard';
import { Link } from '../router';
import { paths, useAddress } from '../addresses';
import { shownImei } from '../components/shownImei';
import { StatusBadge } from './StatusBadge';

type DraftListProps = {
  drafts: readonly TicketDraft[];
  masked: boolean;
  onDiscard(draft: TicketDraft): void;
};

export function DraftList({ drafts, masked, onDiscard }: DraftListProps): JSX.Element {
  const t = useMessages(ticketMessages);
  const address = useAddress();
  const lang = useLang();
  if (drafts.length === 0) return <p class="muted">{t.noDrafts}</p>;
  return (
    <ul class="list">
      {drafts.map((draft) => {
        const imei = draft.correctImeis.find((value) => value.trim() !== '') ?? '';
        const name = imei ? t.draftLabel(localDigits(shownImei(imei, masked), lang)) : t.untitledDraft;
        return (
          <li key={draft.id}>
            <p>
              <strong>{name}</strong> <StatusBadge status="draft" />
            </p>
            <p class="muted">
              {stepName(draft.step, lang)} · {t.updated(formatRelative(draft.updatedAt, lang))} (
              <time dateTime={draft.updatedAt}>{formatDateTime(draft.updatedAt, lang)}</time>)
            </p>
            <div class="actions">
              <Link class="button" href={address(paths.draft(draft.id))} aria-label={`${t.openDraft}: ${name}`}>
                {t.openDraft}
              </Link>
              <button type="button" class="danger" onClick={() => onDiscard(draft)} aria-label={t.discardLabel(name)}>
                {t.discard}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
