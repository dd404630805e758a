// Kiosk mode's reset: one customer's personal data wiped in one transaction, unsent tickets kept.
// Loaded with kiosk mode's code, on kiosks only; what every device runs after a delivery is in ./kioskPurge.
import { ticketSchema, type Settings } from '../domain/schemas';
import { deviceCopies } from './devices';
import { draftCopies } from './draftCopies';
import { stopUnloadWrites } from './drafts';
import { DELIVERED } from './kioskPurge';
import { tallyBeforeWipe } from './kioskReport';
import { parseRow } from './records';
import { getSettings, settingsCopies, updateSettings } from './settings';
import { getDb } from './storage';
import { ticketCopies } from './tickets';

/**
 * Wipes every personal record for the next customer: devices, drafts, the phone
 * number in settings, and delivered tickets. Tickets still waiting to be sent stay
 * (deleting them would lose a customer's submission) but are marked so their
 * personal fields are purged the moment they are delivered.
 * Never deletes the database or uses Clear-Site-Data: that would lose those
 * tickets and the offline app.
 */
export async function wipePersonalData(): Promise<{ keptUnsent: number }> {
  const db = getDb();
  stopUnloadWrites();
  let keptUnsent = 0;
  const deleted: string[] = [];
  let wiped: Settings | undefined;
  await db.transaction('rw', [db.devices, db.drafts, db.tickets, db.settings], async () => {
    await tallyBeforeWipe();
    await db.devices.clear();
    await db.drafts.clear();
    const rows = await db.tickets.toArray();
    for (const row of rows) {
      const ticket = parseRow('tickets', ticketSchema, row);
      const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
      if (!ticket) {
        // A damaged row is unreadable anyway; it may still hold personal data.
        if (typeof id === 'string') deleted.push(id);
      } else if (DELIVERED.has(ticket.status) || ticket.purged) {
        deleted.push(ticket.id);
      } else if (ticket.status === 'needs-changes' || ticket.status === 'not-sent' || ticket.status === 'ready-to-file') {
        // These wait for the customer to act, and the customer is gone.
        deleted.push(ticket.id);
      } else {
        keptUnsent += 1;
        await db.tickets.put({ ...ticket, purgeWhenSent: true });
      }
    }
    await db.tickets.bulkDelete(deleted);
    const settings = await getSettings();
    wiped = await updateSettings({ phone: '', lastDraftId: undefined, kiosk: settings.kiosk, lang: settings.lang });
  });
  // The crash copies hold the same personal data as the records: those of the drafts, the devices and the tickets
  // deleted go before the page restarts, and the settings' copy loses the phone number. Those of the tickets kept stay,
  // as the tickets do.
  await Promise.all([
    draftCopies.dropAll(),
    deviceCopies.dropAll(),
    ...deleted.map(ticketCopies.drop),
    wiped && settingsCopies.copy(wiped),
  ]);
  try {
    globalThis.sessionStorage?.clear();
  } catch {
    // sessionStorage can be blocked; there is nothing of ours to clear then.
  }
  return { keptUnsent };
}

/** How the page starts afresh after a reset: the app update waiting, if any, or a plain reload. */
export type KioskRestart = {
  updateWaiting(): boolean;
  applyUpdate(): Promise<void>;
  reload(): void;
};

/** Wipes the customer's data, then restarts the page so no in-memory state survives either. */
export async function resetForNextCustomer(restart: KioskRestart): Promise<void> {
  await wipePersonalData();
  // A waiting app update is applied here, between customers, never under one.
  if (restart.updateWaiting()) await restart.applyUpdate();
  else restart.reload();
}
