// What happens to a ticket once the wizard has stored it: the one place the submission queue is wired in.
import type { Ticket } from '../../domain/schemas';
import { sendTicket } from '../../sync/appOutbox';

/**
 * Called once per submitted ticket, after it is stored as "ready to send" and
 * before the wizard shows the ticket page: the ticket goes into the outbox
 * ("queued") and travels from there, whatever the network does.
 */
export async function afterSubmit(ticket: Ticket): Promise<void> {
  await sendTicket(ticket.id);
}
