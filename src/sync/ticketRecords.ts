// Records what happened to a submitted ticket (queue updates, the verdict) in the tickets table, and never goes backwards.
import type { TicketUpdate } from '../domain/messages';
import {
  fieldIssuesOf,
  ticketSubmissionSchema,
  type FieldIssue,
  type Ticket,
  type TicketReview,
  type TicketStatus,
  type TicketSubmission,
} from '../domain/schemas';
import { purgeIfMarked } from '../data/kioskPurge';
import { getDb } from '../data/storage';
import { getTicket, updateTicket } from '../data/tickets';

/** Statuses the queue may still move: once sent, rejected or expired, a late or repeated message changes nothing. */
const ON_ITS_WAY: ReadonlySet<TicketStatus> = new Set(['queued', 'sending']);

export function isOnItsWay(ticket: Ticket): boolean {
  return ON_ITS_WAY.has(ticket.status);
}

/**
 * Applies updates from the queue (the service worker's, or the page's own
 * sender) to the stored tickets, a whole burst in one transaction: after a
 * queue flush the list re-renders once, not a thousand times. A ticket's
 * passing step ("sending") is skipped when a later update of it follows.
 * Returns the ids of the tickets that changed. Throws only when storage
 * fails: then nothing is recorded, and the caller keeps the answers.
 */
export async function recordTicketUpdates(updates: readonly TicketUpdate[]): Promise<string[]> {
  const db = getDb();
  const changed: string[] = [];
  await db.transaction('rw', db.tickets, async () => {
    for (const update of withoutPassingSteps(updates)) {
      if (await applyUpdate(update)) changed.push(update.ticketId);
    }
  });
  // A kiosk keeps a customer's personal fields only until the intake has the ticket.
  const sent = new Set(updates.filter((update) => update.state === 'sent').map((update) => update.ticketId));
  for (const id of changed) if (sent.has(id)) await purgeIfMarked(id);
  return changed;
}

function withoutPassingSteps(updates: readonly TicketUpdate[]): TicketUpdate[] {
  const last = new Map<string, number>();
  updates.forEach((update, index) => last.set(update.ticketId, index));
  return updates.filter((update, index) => {
    const passing = update.state === 'sending' || (update.state === 'queued' && !update.detail);
    return !passing || last.get(update.ticketId) === index;
  });
}

async function applyUpdate(update: TicketUpdate): Promise<boolean> {
  const ticket = await getTicket(update.ticketId);
  if (!ticket || !isOnItsWay(ticket)) return false;
  const id = ticket.id;
  switch (update.state) {
    case 'queued': {
      if (!update.detail) {
        if (ticket.status === 'queued') return false;
        await updateTicket(id, { status: 'queued' });
        return true;
      }
      // A failed attempt: one history line per kind of failure, not one per retry.
      const last = ticket.history.at(-1);
      const repeated = last?.status === 'queued' && last.detail === update.detail;
      await updateTicket(id, { status: 'queued' }, repeated ? undefined : { status: 'queued', detail: update.detail });
      return true;
    }
    case 'sending':
      if (ticket.status === 'sending') return false;
      await updateTicket(id, { status: 'sending' });
      return true;
    case 'sent':
      await updateTicket(id, { receivedAt: update.receivedAt, issues: undefined }, { status: 'sent', detail: 'received' });
      return true;
    case 'rejected':
      await updateTicket(id, { issues: update.issues ?? [] }, { status: 'needs-changes', detail: update.detail ?? 'validation' });
      return true;
    case 'expired':
      await updateTicket(id, {}, { status: 'not-sent', detail: 'expired' });
      return true;
  }
}

/** Records the intake's review of a sent ticket; false when there is nothing new. */
export async function recordReview(review: TicketReview): Promise<boolean> {
  if (review.status !== 'reviewed' || !review.verdict) return false;
  const { verdict, reviewedAt } = review;
  const db = getDb();
  return db.transaction('rw', db.tickets, async () => {
    const ticket = await getTicket(review.id);
    if (!ticket || ticket.status !== 'sent') return false;
    await updateTicket(
      ticket.id,
      { verdict, reviewedAt: reviewedAt ?? new Date().toISOString() },
      { status: 'reviewed', detail: 'reviewed' },
    );
    return true;
  });
}

/** The intake no longer knows a ticket it received (a demo intake restarts empty): send it again. */
export async function recordLostByIntake(ticketId: string): Promise<Ticket | undefined> {
  const db = getDb();
  return db.transaction('rw', db.tickets, async () => {
    const ticket = await getTicket(ticketId);
    if (!ticket || ticket.status !== 'sent') return undefined;
    return updateTicket(ticketId, { receivedAt: undefined }, { status: 'queued', detail: 'not-found' });
  });
}

/** When a ticket was last put in the queue (by Submit or "send again"): its 7 days count from here. */
export function queuedSince(ticket: Ticket): string {
  let since = ticket.createdAt;
  let previous: TicketStatus | null = null;
  for (const event of ticket.history) {
    if (event.status === 'queued' && previous !== 'queued' && previous !== 'sending') since = event.at;
    previous = event.status;
  }
  return since;
}

/** What is sent for a stored ticket, or the issues that keep it from being sent (e.g. its fields were purged). */
export function submissionOf(ticket: Ticket): { ok: true; submission: TicketSubmission } | { ok: false; issues: FieldIssue[] } {
  const parsed = ticketSubmissionSchema.safeParse(ticket);
  if (parsed.success) return { ok: true, submission: parsed.data };
  return {
    ok: false,
    issues: fieldIssuesOf(parsed.error),
  };
}
