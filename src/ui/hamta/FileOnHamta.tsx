// The "File on Hamta" button on a ticket, with a word on what it is for (and, with no intake, that nothing is sent).
import type { JSX } from 'preact';
import type { Ticket } from '../../domain/schemas';
import { useMessages } from '../i18n/core';
import { hamtaMessages } from '../i18n/hamta';
import { paths, useAddress } from '../addresses';
import { navigate } from '../router';

export function FileOnHamta({ ticket }: { ticket: Ticket }): JSX.Element | null {
  const t = useMessages(hamtaMessages);
  const address = useAddress();
  if (ticket.purged) return null;
  return (
    <div class="file-on-hamta">
      <p class="muted">{ticket.status === 'ready-to-file' ? t.readyToFileHint : t.handoffHint}</p>
      <div class="actions">
        <button
          type="button"
          class={ticket.status === 'ready-to-file' ? undefined : 'secondary'}
          onClick={() => navigate(address(paths.hamta(ticket.id)))}
        >
          {t.fileOnHamta}
        </button>
      </div>
    </div>
  );
}
