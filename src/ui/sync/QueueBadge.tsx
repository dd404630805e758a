// The header badge: how many tickets wait to be sent, linking to the list where each shows its state.
import type { JSX } from 'preact';
import { useMessages } from '../i18n/core';
import { syncMessages } from '../i18n/sync';
import { Link } from '../router';
import { useWaitingCount } from '../hooks/useSyncStatus';
import { paths } from '../addresses';

export function QueueBadge(): JSX.Element {
  const t = useMessages(syncMessages);
  const waiting = useWaitingCount();
  // The live region stays in the page, so a screen reader hears the count change.
  return (
    <span class="queue-badge" role="status">
      {waiting > 0 && (
        // The colours are on the inner badge: the header's own link colour must not override them.
        <Link href={paths.problems()}>
          <span class="badge status-queued">{t.waiting(waiting)}</span>
        </Link>
      )}
    </span>
  );
}
