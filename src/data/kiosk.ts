// Kiosk mode's reset: one customer's personal data wiped in one transaction, unsent tickets kept.
import { digitValue } from '../domain/imei';
import { ticketSchema, type Ticket } from '../domain/schemas';
import { stopUnloadWrites } from './drafts';
import { parseRow } from './records';
import { getSettings, updateSettings } from './settings';
import { getDb } from './storage';

/** Statuses whose ticket the intake already holds: nothing on this device is needed any more. */
const DELIVERED: ReadonlySet<Ticket['status']> = new Set(['sent', 'reviewed']);

/** A ticket without the customer's phone number, IMEIs and description. */
function purgePersonalFields(ticket: Ticket): Ticket {
  return {
    ...ticket,
    requester: { phone: '' },
    correctImeis: [],
    registeredImeis: [],
    description: '',
    issues: undefined,
    purgeWhenSent: undefined,
    purged: true,
  };
}

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
  await db.transaction('rw', [db.devices, db.drafts, db.tickets, db.settings], async () => {
    await db.devices.clear();
    await db.drafts.clear();
    const rows = await db.tickets.toArray();
    for (const row of rows) {
      const ticket = parseRow('tickets', ticketSchema, row);
      const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
      if (!ticket) {
        // A damaged row is unreadable anyway; it may still hold personal data.
        if (typeof id === 'string') await db.tickets.delete(id);
      } else if (DELIVERED.has(ticket.status) || ticket.purged) {
        await db.tickets.delete(ticket.id);
      } else if (ticket.status === 'needs-changes' || ticket.status === 'not-sent') {
        // These wait for the customer to act, and the customer is gone.
        await db.tickets.delete(ticket.id);
      } else {
        keptUnsent += 1;
        await db.tickets.put({ ...ticket, purgeWhenSent: true });
      }
    }
    const settings = await getSettings();
    await updateSettings({ phone: '', lastDraftId: undefined, kiosk: settings.kiosk, lang: settings.lang });
  });
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

/** After delivery: drops the personal fields of a ticket a kiosk reset marked. */
export async function purgeIfMarked(ticketId: string): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', db.tickets, async () => {
    const ticket = parseRow('tickets', ticketSchema, await db.tickets.get(ticketId));
    if (!ticket || !ticket.purgeWhenSent || !DELIVERED.has(ticket.status)) return false;
    await db.tickets.put(purgePersonalFields(ticket));
    return true;
  });
}

const PIN_SALT = 'imei-assistant-kiosk:';

/** SHA-256 of the salted PIN, hex: the PIN itself is never stored. */
export async function hashPin(pin: string): Promise<string> {
  const bytes = new TextEncoder().encode(PIN_SALT + pin);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The PIN as ASCII digits, or null unless it is 4 to 8 digits (in any script: staff
 * often type on a Persian keyboard) — short to type, not guessed at a glance.
 */
export function normalisePin(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed.length < 4 || trimmed.length > 8) return null;
  let digits = '';
  for (let index = 0; index < trimmed.length; index += 1) {
    const value = digitValue(trimmed.charCodeAt(index));
    if (value < 0) return null;
    digits += String(value);
  }
  return digits;
}

/** Turns kiosk mode on; false when the PIN is not 4 to 8 digits. */
export async function startKiosk(rawPin: string, idleSeconds = 180): Promise<boolean> {
  const pin = normalisePin(rawPin);
  if (!pin) return false;
  await updateSettings({ kiosk: { enabled: true, pinHash: await hashPin(pin), idleSeconds } });
  return true;
}

/** Leaves kiosk mode when the PIN matches; false otherwise. */
export async function stopKiosk(rawPin: string): Promise<boolean> {
  const { kiosk } = await getSettings();
  const pin = normalisePin(rawPin);
  if (!pin || !kiosk.pinHash || (await hashPin(pin)) !== kiosk.pinHash) return false;
  await updateSettings({ kiosk: { ...kiosk, enabled: false } });
  return true;
}
