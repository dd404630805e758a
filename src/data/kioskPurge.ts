// A ticket a kiosk reset kept unsent loses its personal fields once delivered. Every device runs this after a
// delivery (src/sync/ticketRecords.ts), so it stays out of kiosk mode's code, which only kiosks load.
import { ticketSchema, type Ticket } from '../domain/schemas';
import { parseRow } from './records';
import { getDb } from './storage';

/** Statuses whose ticket the intake already holds: nothing on this device is needed any more. */
export const DELIVERED: ReadonlySet<Ticket['status']> = new Set(['sent', 'reviewed']);

/** A ticket without the customer's phone number, IMEIs and description. */
function purgePersonalFields(ticket: Ticket): Ticket {
  return {
    ...ticket,
    requester: { phone: '' },
    correctImeis: [],
    registeredImeis: [],
    description: '',
    issues: undefined,
    handoff: undefined,
    purgeWhenSent: undefined,
    purged: true,
  };
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
