// Submitted tickets as kept on the device: their status and the history of how they got there.
import type { HistoryDetail } from '../domain/deliveryDetail';
import { forgetDraft } from './drafts';
import { ticketSchema, type Ticket, type TicketDraft, type TicketStatus, type TicketSubmission } from '../domain/schemas';
import { recordCopies } from './recordCopies';
import { parseRow, parseRows } from './records';
import { getSettings, updateSettings } from './settings';
import { getDb, trackWrite } from './storage';

/**
 * Each ticket's crash copy (src/data/recordCopies.ts). Tickets are written in many places (the outbox, the verdicts'
 * polling, the handoff to Hamta, a kiosk's purge, a backup's import), so the copies follow every committed write to
 * the table rather than each of those.
 */
export const ticketCopies = recordCopies<Ticket>({
  folder: 'ticket-copies',
  schema: ticketSchema,
  table: 'tickets',
  recoveredAs: 'recoveredTickets',
  followsCommits: true,
});

/** What happened to a ticket, appended to its history. */
export type TicketEventInput = { status: TicketStatus; detail?: HistoryDetail };

function newest(a: Ticket, b: Ticket): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

/** Every stored ticket, the most recently submitted first. */
export async function listTickets(): Promise<Ticket[]> {
  const rows = await getDb().tickets.toArray();
  return parseRows('tickets', ticketSchema, rows).sort(newest);
}

export async function getTicket(id: string): Promise<Ticket | undefined> {
  return parseRow('tickets', ticketSchema, await getDb().tickets.get(id));
}

/** Stores a ticket as given (validated first); returns it as stored. */
export async function putTicket(ticket: Ticket): Promise<Ticket> {
  const stored = ticketSchema.parse(ticket);
  await trackWrite(() => getDb().tickets.put(stored));
  return stored;
}

/**
 * Changes a stored ticket and, when an event is given, records it in the history
 * and moves the ticket to the event's status (unless the patch names another),
 * all in one transaction so the status and its history never disagree.
 * Returns undefined when the ticket does not exist (or its row is corrupt).
 */
export async function updateTicket(id: string, patch: Partial<Ticket>, event?: TicketEventInput): Promise<Ticket | undefined> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.tickets, async () => {
      const current = parseRow('tickets', ticketSchema, await db.tickets.get(id));
      if (current === undefined) return undefined;
      const history = event
        ? [...current.history, { at: new Date().toISOString(), status: event.status, detail: event.detail }]
        : (patch.history ?? current.history);
      const next = ticketSchema.parse({
        ...current,
        ...patch,
        id,
        status: patch.status ?? event?.status ?? current.status,
        history,
      });
      await db.tickets.put(next);
      return next;
    }),
  );
}

/**
 * Turns a finished draft into a ticket "ready to send", in ONE transaction: the
 * ticket is stored, the draft deleted, and the draft forgotten as the one to
 * resume. A crash in between can neither lose the ticket nor leave the draft to
 * be sent twice. Give the submission the draft's id: then a second tab
 * submitting the same draft finds the ticket already there and gets it back
 * unchanged, and the intake's idempotency key makes one ticket of both.
 */
export async function createTicketFromDraft(draft: TicketDraft, submission: TicketSubmission): Promise<Ticket> {
  const db = getDb();
  const ticket = ticketSchema.parse({
    ...submission,
    status: 'ready-to-send',
    history: [{ at: new Date().toISOString(), status: 'ready-to-send' }],
    deviceId: draft.deviceId,
    resubmissionOf: draft.resubmissionOf,
  });
  return trackWrite(() =>
    db.transaction('rw', db.tickets, db.drafts, db.settings, async () => {
      const existing = parseRow('tickets', ticketSchema, await db.tickets.get(ticket.id));
      if (existing === undefined) await db.tickets.put(ticket);
      forgetDraft(draft.id);
      await db.drafts.delete(draft.id);
      if ((await getSettings()).lastDraftId === draft.id) await updateSettings({ lastDraftId: undefined });
      return existing ?? ticket;
    }),
  );
}
