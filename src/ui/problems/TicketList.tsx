// The submitted tickets on this device with their status and when they were filed.
import type { JSX } from 'preact';
import type { Ticket } from '../../domain/schemas';
import { formatDateTime, formatRelative, localDigits, useLang, useMessages } from '../i18n/core';
import { ticketMessages } from '../i18n/tickets';
import { Link } from '../router';
import { paths, useAddress } from '../addresses';
import { shownImei } from '../components/shownImei';
import { StatusBadge } from './StatusBadge';

export function TicketList({ tickets, masked }: { tickets: readonly Ticket[]; masked: boolean }): JSX.Element {
  const t = useMessages(ticketMessages);
  const address = useAddress();
  const lang = useLang();
  if (tickets.length === 0) return <p class="muted">{t.noTickets}</p>;
  return (
    <ul class="list">
      {tickets.map((ticket) => {
        const imei = ticket.correctImeis[0] ?? '';
        const name = imei && !ticket.purged ? t.ticketLabel(localDigits(shownImei(imei, masked), lang)) : t.ticketTitle;
        return (
          <li key={ticket.id}>
            <p>
              <Link href={address(paths.ticket(ticket.id))}>{name}</Link> <StatusBadge status={ticket.status} />
            </p>
            <p class="muted">
              {t.created(formatRelative(ticket.createdAt, lang))} (
              <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt, lang)}</time>)
            </p>
          </li>
        );
      })}
    </ul>
  );
}
