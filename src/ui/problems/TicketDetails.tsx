// What a ticket carried: requester, IMEIs (Hamta's with the differing digits marked), checks, description.
import type { JSX } from 'preact';
import { precheck } from '../../domain/precheck';
import type { Ticket } from '../../domain/schemas';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { differingDigitsText, findingMessages } from '../i18n/findings';
import { ticketMessages } from '../i18n/tickets';
import { ImeiDiff } from '../components/ImeiDiff';
import { registeredRows } from '../components/reviewRows';

export function TicketDetails({ ticket }: { ticket: Ticket }): JSX.Element {
  const t = useMessages(ticketMessages);
  const words = useMessages(findingMessages);
  const lang = useLang();
  if (ticket.purged) return <p class="notice">{t.purged}</p>;
  const rows = registeredRows(
    ticket.correctImeis,
    ticket.registeredImeis,
    precheck({ correctImeis: ticket.correctImeis, registeredImeis: ticket.registeredImeis }),
  );
  return (
    <section class="panel" aria-labelledby="details-title">
      <h2 id="details-title">{t.detailsTitle}</h2>
      <h3>{t.subject}</h3>
      <p>{t.subjectText}</p>
      <h3>{t.phone}</h3>
      <p>
        <span class="imei">{localDigits(ticket.requester.phone, lang)}</span>
      </p>
      <h3>{t.correctImeis}</h3>
      <ul class="list">
        {ticket.correctImeis.map((imei, slot) => (
          <li key={slot}>
            {t.slot(slot + 1)}: <ImeiDiff imei={imei} />
          </li>
        ))}
      </ul>
      <h3>{t.registeredImeis}</h3>
      <ul class="list">
        {rows.map((row) => (
          <li key={row.slot}>
            {t.slot(row.slot + 1)}: <ImeiDiff imei={row.registered} positions={row.positions} />
            {row.positions.length > 0 ? <p class="field-hint">{differingDigitsText(words, row.positions, lang)}</p> : null}
          </li>
        ))}
      </ul>
      <h3>{t.slotChecks}</h3>
      <ul>
        {ticket.slotChecks.map((checked, slot) => (
          <li key={slot}>{checked ? t.slotChecked(slot + 1) : t.slotNotChecked(slot + 1)}</li>
        ))}
      </ul>
      <h3>{t.description}</h3>
      <p dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {ticket.description || t.noDescription}
      </p>
    </section>
  );
}
