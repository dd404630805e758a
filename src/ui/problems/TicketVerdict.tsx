// The layer-zero reviewer's answer on a ticket: Hamta's own words, and the way to what it means.
import type { JSX } from 'preact';
import { getVerdict, type VerdictId } from '../../domain/verdicts';
import { useMessages } from '../i18n/core';
import { ticketMessages } from '../i18n/tickets';
import { Link } from '../router';
import { paths, useAddress } from '../addresses';

export function TicketVerdict({ verdict }: { verdict: VerdictId }): JSX.Element {
  const t = useMessages(ticketMessages);
  const address = useAddress();
  const entry = getVerdict(verdict);
  return (
    <section aria-labelledby="verdict-title" class={entry.outcome === 'approved' ? 'notice notice-ok' : 'notice notice-warning'}>
      <h2 id="verdict-title">{t.verdictTitle}</h2>
      {/* Quoted exactly as Hamta sends it, in Persian whatever the app's language. */}
      <blockquote lang="fa" dir="rtl">
        {entry.message}
      </blockquote>
      <p>
        <Link href={address(paths.verdict(verdict))}>{t.verdictLink}</Link>
      </p>
    </section>
  );
}
