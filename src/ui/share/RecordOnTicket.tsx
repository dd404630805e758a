// "Record on a ticket": a recognised verdict recorded on one of the user's open tickets (that one, when there is only one).
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { openTickets, recordHamtaAnswer } from '../../data/hamtaHandoff';
import type { Ticket } from '../../domain/schemas';
import type { VerdictId } from '../../domain/verdicts';
import { shownImei } from '../components/shownImei';
import { useTickets } from '../hooks/data';
import { useSettings } from '../hooks/useSettings';
import { localDigits, useLang, useMessages } from '../i18n/core';
import { shareMessages } from '../i18n/hamta';
import { statusWord } from '../i18n/tickets';
import { paths, useAddress } from '../addresses';
import { Link, navigate } from '../router';

export function RecordOnTicket({ verdict }: { verdict: VerdictId }): JSX.Element | null {
  const lang = useLang();
  const t = useMessages(shareMessages);
  const address = useAddress();
  // A shared kiosk tablet shows only the end of each IMEI, as its lists do.
  const masked = useSettings().settings.kiosk.enabled;
  const tickets = useTickets();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  if (!tickets.loaded) return null;
  const open = openTickets(tickets.data);
  const name = (ticket: Ticket): string => localDigits(shownImei(ticket.correctImeis[0] ?? '', masked), lang) || t.noImei;

  const record = (ticket: Ticket | undefined): void => {
    if (!ticket) return;
    setFailed(false);
    recordHamtaAnswer(ticket.id, verdict).then(
      () => navigate(address(paths.ticket(ticket.id))),
      () => setFailed(true),
    );
  };

  if (open.length === 0) {
    return (
      <p class="notice notice-warning">
        {t.noOpenTicket} <Link href={address(paths.problems())}>{t.openTicket}</Link>
      </p>
    );
  }
  return (
    <div class="share-record">
      {open.length === 1 && open[0] ? <p>{t.onlyTicket(name(open[0]))}</p> : null}
      {choosing ? (
        <fieldset class="share-tickets">
          <legend>{t.whichTicket}</legend>
          {open.map((ticket) => (
            <label key={ticket.id}>
              <input type="radio" name="share-ticket" checked={chosen === ticket.id} onChange={() => setChosen(ticket.id)} />{' '}
              {t.ticketOption(name(ticket), statusWord(ticket.status, lang))}
            </label>
          ))}
          <div class="actions">
            <button type="button" disabled={chosen === null} onClick={() => record(open.find((ticket) => ticket.id === chosen))}>
              {t.recordOnChosen}
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" onClick={() => (open.length === 1 ? record(open[0]) : setChoosing(true))}>
            {t.recordOnTicket}
          </button>
        </div>
      )}
      <p role="status" class={failed ? 'notice notice-error' : 'visually-hidden'}>
        {failed ? t.recordFailed : ''}
      </p>
    </div>
  );
}
