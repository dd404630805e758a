// A quiet, one-time reminder to export a backup: the device holds tickets and the browser may clear them.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { storageHealth } from '../../data/storage';
import { useTickets } from '../hooks/data';
import { useStore } from '../hooks/useStore';
import { backupMessages } from '../i18n/backup';
import { useMessages } from '../i18n/core';
import { Link } from '../router';
import { markBackupReminded, wasBackupReminded } from './backupReminder';

export function BackupReminder({ kiosk }: { kiosk: boolean }): JSX.Element | null {
  const t = useMessages(backupMessages);
  const health = useStore(storageHealth);
  const [reminded] = useState(wasBackupReminded);
  const [hidden, setHidden] = useState(false);
  const { data: tickets } = useTickets();

  const due = !kiosk && !reminded && health.persisted === false && (tickets?.length ?? 0) > 0;
  // Given once: from now on this browser does not show it again, whether or not it is hidden.
  useEffect(() => {
    if (due) markBackupReminded();
  }, [due]);

  if (!due || hidden) return null;
  return (
    <div class="notice backup-reminder">
      <p>{t.reminder}</p>
      <p>
        <Link href="/settings">{t.reminderLink}</Link>{' '}
        <button type="button" class="secondary" onClick={() => setHidden(true)}>
          {t.reminderHide}
        </button>
      </p>
    </div>
  );
}
