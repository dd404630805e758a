// Tickets and submissions for the data layer's tests: valid as the schemas require, with a status or a draft of the test's choosing.
import type { Ticket, TicketDraft, TicketSubmission } from '@/domain/schemas';

export const CORRECT = ['356938035643809', '356938035643817'];
export const REGISTERED = ['356938035643809', '356938035643825'];

/** What the wizard submits for a draft, with the draft's id (one ticket per draft). */
export function submissionOf(draft: TicketDraft, createdAt = new Date().toISOString()): TicketSubmission {
  return {
    id: draft.id,
    subject: 'imei-mismatch',
    requester: { phone: '09121234567' },
    correctImeis: CORRECT,
    registeredImeis: REGISTERED,
    description: draft.description,
    slotChecks: [true, true],
    createdAt,
  };
}

/** A stored ticket in a given status, made `at` (now unless given), its history one entry of that status. */
export function ticketIn(status: Ticket['status'], extra: Partial<Ticket> = {}, at = new Date().toISOString()): Ticket {
  return {
    id: crypto.randomUUID(),
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['356938035643809', '490154203237518'],
    registeredImeis: ['356938035643809', '490154203237526'],
    description: 'SIM 2 has no service',
    slotChecks: [true, true],
    createdAt: at,
    status,
    history: [{ at, status }],
    ...extra,
  };
}
