// A ticket's history: every status it went through, when, and why.
import type { JSX } from 'preact';
import type { TicketEvent } from '../../domain/schemas';
import { formatDateTime, formatRelative, useLang, useMessages } from '../i18n/core';
import { historyDetail, ticketMessages } from '../i18n/tickets';
import { StatusBadge } from './StatusBadge';

export function TicketHistory({ history }: { history: readonly TicketEvent[] }): JSX.Element {
  const t = useMessages(ticketMessages);
  const lang = useLang();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.history}</h2>
      <ol class="list">
        {history.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <StatusBadge status={event.status} /> <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time>{' '}
            <span class="muted">({formatRelative(event.at, lang)})</span>
            {event.detail ? <p class="muted">{historyDetail(event.detail, lang)}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
