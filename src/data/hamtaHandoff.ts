// A ticket filed on Hamta by hand: kept for Hamta when there is no intake, the hand-off's progress, and Hamta's answer recorded.
import type { HamtaHandoff, Ticket } from '../domain/schemas';
import type { VerdictId } from '../domain/verdicts';
import { getTicket, updateTicket } from './tickets';
import { getDb, trackWrite } from './storage';

/** The history detail of an answer the user brought back from Hamta (the intake's answers say 'reviewed'). */
export const ANSWER_FROM_HAMTA = 'answer-from-hamta';
/** The history detail of a ticket kept on the device because the app has no intake. */
export const KEPT_FOR_HAMTA = 'kept-for-hamta';

/**
 * With no intake, Submit keeps the ticket here as "ready to file on Hamta".
 * Only a ticket still "ready to send" moves; returns the ticket as stored.
 */
export async function keepForHamta(ticketId: string): Promise<Ticket | undefined> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.tickets, async () => {
      const ticket = await getTicket(ticketId);
      if (ticket?.status !== 'ready-to-send') return ticket;
      return updateTicket(ticketId, {}, { status: 'ready-to-file', detail: KEPT_FOR_HAMTA });
    }),
  );
}

/** Remembers the hand-off's progress (fields copied, the edited description); no history event. */
export async function saveHandoff(ticketId: string, patch: Partial<HamtaHandoff>): Promise<Ticket | undefined> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.tickets, async () => {
      const ticket = await getTicket(ticketId);
      if (!ticket) return undefined;
      const current = ticket.handoff ?? { copied: [] };
      const copied = [...new Set([...current.copied, ...(patch.copied ?? [])])];
      const handoff: HamtaHandoff = { ...current, ...patch, copied };
      return updateTicket(ticketId, { handoff });
    }),
  );
}

/**
 * Records the answer the user got from Hamta: the ticket becomes "reviewed"
 * with that verdict, and its history says the answer came from Hamta, not
 * from the intake. The same verdict again changes nothing. Returns the ticket
 * as stored, or undefined when it does not exist.
 */
export async function recordHamtaAnswer(ticketId: string, verdict: VerdictId): Promise<Ticket | undefined> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.tickets, async () => {
      const ticket = await getTicket(ticketId);
      if (!ticket) return undefined;
      if (ticket.status === 'reviewed' && ticket.verdict === verdict) return ticket;
      return updateTicket(
        ticketId,
        { verdict, reviewedAt: new Date().toISOString(), issues: undefined },
        { status: 'reviewed', detail: ANSWER_FROM_HAMTA },
      );
    }),
  );
}

/** Tickets an answer from Hamta can still be recorded on: every one not reviewed yet. */
export function openTickets(tickets: readonly Ticket[]): Ticket[] {
  return tickets.filter((ticket) => ticket.status !== 'reviewed' && !ticket.purged);
}
