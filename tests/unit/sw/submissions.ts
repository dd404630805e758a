// A ticket as the page hands it to the worker's queue, for the queue's tests.
import { randomUUID } from 'node:crypto';
import type { TicketSubmission } from '@/domain/schemas';

export function submission(id: string = randomUUID(), description = ''): TicketSubmission {
  return {
    id,
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['350281374182634', '350281374182717'],
    registeredImeis: ['350281374182634', '350281375582717'],
    description,
    slotChecks: [true, true],
    createdAt: '2025-01-01T10:00:00.000Z',
  };
}
