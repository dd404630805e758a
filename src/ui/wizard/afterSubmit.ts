// What happens to a ticket once the wizard has stored it: the one place the submission queue is wired in.
import { keepForHamta } from '../../data/hamtaHandoff';
import type { Ticket } from '../../domain/schemas';
import { sendTicket } from '../../sync/appOutbox';
import { INTAKE_OFF } from '../../sync/intakeMode';
import { paths } from '../addresses';

/**
 * Called once per submitted ticket, after it is stored as "ready to send" and
 * before the wizard leaves: the ticket goes into the outbox ("queued") and
 * travels from there, whatever the network does. With no intake in this build
 * it stays on the device as "ready to file on Hamta" and the hand-off opens.
 * Returns the in-app address to show next.
 */
export async function afterSubmit(ticket: Ticket): Promise<string> {
  if (INTAKE_OFF) {
    await keepForHamta(ticket.id);
    return paths.hamta(ticket.id);
  }
  await sendTicket(ticket.id);
  return paths.ticket(ticket.id);
}
