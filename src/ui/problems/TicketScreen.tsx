// One ticket: its status and what it means, the reviewer's answer, what it carried, and its full history.
import type { JSX } from 'preact';
import { FileOnHamta } from '../hamta/FileOnHamta';
import { useTicket } from '../hooks/data';
import { useStore } from '../hooks/useStore';
import { useMessages } from '../i18n/core';
import { ticketMessages } from '../i18n/tickets';
import type { ScreenProps } from '../router';
import { Link } from '../router';
import { paths, useAddress } from '../addresses';
import { lazyPart } from '../lazy';
import { shellSettings } from '../shellSettings';
import { StatusBadge } from './StatusBadge';
import { TicketSendActions } from './TicketSendActions';
import { VerdictActions } from '../verdicts/VerdictActions';
import { TicketDetails } from './TicketDetails';
import { TicketHistory } from './TicketHistory';
import { TicketVerdict } from './TicketVerdict';

// In kiosk mode only: its code is kiosk mode's (src/ui/kiosk/kioskParts.ts).
const ReceiptButton = lazyPart(() => import('../kiosk/kioskParts').then((m) => m.ReceiptButton));

export function TicketScreen({ params }: ScreenProps): JSX.Element {
  const t = useMessages(ticketMessages);
  const address = useAddress();
  const { data: ticket, loaded } = useTicket(params.id);
  const kiosk = useStore(shellSettings).kiosk?.enabled === true;
  const back = <Link href={address(paths.problems())}>{t.backToList}</Link>;
  if (!loaded) {
    return (
      <p class="loading" role="status">
        {t.loading}
      </p>
    );
  }
  if (!ticket) {
    return (
      <section aria-labelledby="ticket-title">
        <h1 id="ticket-title">{t.ticketTitle}</h1>
        <p>{t.ticketNotFound}</p>
        {back}
      </section>
    );
  }
  return (
    <section aria-labelledby="ticket-title">
      <h1 id="ticket-title">{t.ticketTitle}</h1>
      <p>
        {t.status}: <StatusBadge status={ticket.status} />
      </p>
      {ticket.status === 'ready-to-send' ? <p class="muted">{t.readyToSendHint}</p> : null}
      {kiosk ? <ReceiptButton ticket={ticket} /> : null}
      <FileOnHamta ticket={ticket} />
      {ticket.verdict ? (
        <>
          <TicketVerdict verdict={ticket.verdict} />
          <VerdictActions ticket={ticket} />
        </>
      ) : ticket.status === 'sent' ? (
        <p class="muted">{t.waitingForVerdict}</p>
      ) : null}
      {ticket.issues && ticket.issues.length > 0 ? (
        <div class="notice notice-error">
          <h2>{t.issuesTitle}</h2>
          <ul>
            {ticket.issues.map((issue, index) => (
              <li key={index}>{t.issueAt(issue.path.join('.'), issue.message)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <TicketSendActions ticket={ticket} />
      <TicketDetails ticket={ticket} />
      <TicketHistory history={ticket.history} />
      <p>{back}</p>
    </section>
  );
}
