// "File on Hamta" (/problems/tickets/:id/hamta): Hamta's steps, one copy button per box, and Hamta's answer brought back.
import type { JSX } from 'preact';
import { useTicket } from '../hooks/data';
import { useMessages } from '../i18n/core';
import { hamtaMessages } from '../i18n/hamta';
import { ticketMessages } from '../i18n/tickets';
import { paths, useAddress } from '../addresses';
import { StatusBadge } from '../problems/StatusBadge';
import { TicketVerdict } from '../problems/TicketVerdict';
import type { ScreenProps } from '../router';
import { Link } from '../router';
import { VerdictActions } from '../verdicts/VerdictActions';
import { HamtaFormFields } from './HamtaFormFields';
import { HamtaSteps } from './HamtaSteps';
import { RecordAnswer } from './RecordAnswer';

export function HamtaHandoffScreen({ params }: ScreenProps): JSX.Element {
  const t = useMessages(hamtaMessages);
  const words = useMessages(ticketMessages);
  const address = useAddress();
  const { data: ticket, loaded } = useTicket(params.id);
  if (!loaded) {
    return (
      <p class="loading" role="status">
        {words.loading}
      </p>
    );
  }
  if (!ticket) {
    return (
      <section aria-labelledby="hamta-title">
        <h1 id="hamta-title">{t.title}</h1>
        <p>{t.notFound}</p>
        <Link href={address(paths.problems())}>{words.backToList}</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="hamta-title">
      <h1 id="hamta-title">{t.title}</h1>
      <p>
        {words.status}: <StatusBadge status={ticket.status} />
      </p>
      <p class="lead">{t.intro}</p>
      <HamtaSteps />
      {ticket.purged ? <p class="notice notice-warning">{t.purged}</p> : <HamtaFormFields key={ticket.id} ticket={ticket} />}
      <RecordAnswer ticket={ticket} />
      {ticket.verdict ? (
        <>
          <TicketVerdict verdict={ticket.verdict} />
          <VerdictActions ticket={ticket} />
        </>
      ) : null}
      <p>
        <Link href={address(paths.ticket(ticket.id))}>{t.backToTicket}</Link>
      </p>
    </section>
  );
}
