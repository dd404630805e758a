// Says plainly when on-device storage is unavailable, full, held damaged records, or was lost and records recovered.
import type { JSX } from 'preact';
import { storageHealth } from '../data/storage';
import { useStore } from './hooks/useStore';
import { useMessages } from './i18n/core';
import { shellMessages } from './i18n/shell';

export function StorageBanner(): JSX.Element | null {
  const t = useMessages(shellMessages);
  const health = useStore(storageHealth);
  const messages = [
    health.problem === 'unavailable' ? t.storageUnavailable : null,
    health.problem === 'quota' ? t.storageFull : null,
    health.corruptRecords > 0 ? t.corruptRecords(health.corruptRecords) : null,
    health.recoveredDrafts + health.recoveredDevices + health.recoveredTickets > 0
      ? t.recovered(health.recoveredDrafts, health.recoveredDevices, health.recoveredTickets)
      : null,
  ].filter((message): message is string => message !== null);
  if (messages.length === 0) return null;
  return (
    <div class="notice notice-warning" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
