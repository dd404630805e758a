// Sends queued tickets from the page itself where no service worker runs, by the same rules as the worker's queue.
import { type TicketUpdate } from '../domain/messages';
import { attemptDelivery, deliveryUpdate, RETENTION_MS, retryDelayMs, submissionRequest, type Attempt } from '../domain/delivery';
import type { Ticket } from '../domain/schemas';
import { intakeTicketsUrl } from './intakeTarget';
import { queuedSince, submissionOf } from './ticketRecords';

export type PageSender = {
  /** Tries the waiting tickets, oldest first, unless backing off; stops at the first failed attempt. */
  sendDue(waiting: Ticket[], force: boolean, record: (update: TicketUpdate) => Promise<void>): Promise<void>;
  nextAttemptAt(): number;
};

type Deliver = (request: Request, ticketId: string) => Promise<Attempt>;

/**
 * The tickets table is the outbox here: a ticket stays "queued" there until the
 * intake has it, so a closed page loses nothing, and the next start sends it.
 */
export function createPageSender(
  deliver: Deliver = (request, id) => attemptDelivery(request, id),
  now: () => number = () => Date.now(),
): PageSender {
  let failures = 0;
  let nextAt = 0;
  let running = false;
  const stamp = (): string => new Date(now()).toISOString();

  async function sendDue(waiting: Ticket[], force: boolean, record: (update: TicketUpdate) => Promise<void>): Promise<void> {
    if (running || (!force && now() < nextAt)) return;
    running = true;
    try {
      const oldestFirst = [...waiting].sort((a, b) => Date.parse(queuedSince(a)) - Date.parse(queuedSince(b)));
      for (const ticket of oldestFirst) {
        if (now() - Date.parse(queuedSince(ticket)) > RETENTION_MS) {
          await record(deliveryUpdate(ticket.id, { kind: 'expired' }, stamp()));
          continue;
        }
        const submission = submissionOf(ticket);
        if (!submission.ok) {
          await record(deliveryUpdate(ticket.id, { kind: 'rejected', detail: 'validation', issues: submission.issues }, stamp()));
          continue;
        }
        await record({ type: 'ticket-update', ticketId: ticket.id, state: 'sending', at: stamp() });
        const { result } = await deliver(submissionRequest(intakeTicketsUrl(), submission.submission), ticket.id);
        if (result.kind !== 'retry') {
          await record(deliveryUpdate(ticket.id, result, stamp()));
          continue;
        }
        failures += 1;
        nextAt = now() + retryDelayMs(failures, result.retryAfterMs);
        await record(deliveryUpdate(ticket.id, result, stamp(), { nextAttemptAt: new Date(nextAt).toISOString() }));
        return;
      }
      failures = 0;
      nextAt = 0;
    } finally {
      running = false;
    }
  }

  return { sendDue, nextAttemptAt: () => nextAt };
}
