// A valid submission made from a draft, for tests that turn drafts into tickets.
import type { TicketDraft, TicketSubmission } from '@/domain/schemas';

export const CORRECT = ['356938035643809', '356938035643817'];
export const REGISTERED = ['356938035643809', '356938035643825'];

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
