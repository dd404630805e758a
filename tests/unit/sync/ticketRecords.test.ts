// Recording the queue's updates: a ticket never moves backwards, bursts are one write, retries do not flood the history.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistantDb } from '@/data/db';
import { getTicket, putTicket } from '@/data/tickets';
import type { TicketUpdate } from '@/domain/messages';
import type { Ticket } from '@/domain/schemas';
import { queuedSince, recordReview, recordTicketUpdates } from '@/sync/ticketRecords';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});
afterEach(async () => {
  await deleteTestDb(db);
});

const AT = '2025-03-01T10:00:00.000Z';

async function ticket(status: Ticket['status']): Promise<Ticket> {
  return putTicket({
    id: randomUUID(),
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['350281374182634', '350281374182717'],
    registeredImeis: ['350281374182634', '350281375582717'],
    description: '',
    slotChecks: [true, true],
    createdAt: AT,
    status,
    history: [{ at: AT, status }],
  });
}

function update(ticketId: string, state: TicketUpdate['state'], extra: Partial<TicketUpdate> = {}): TicketUpdate {
  return { type: 'ticket-update', ticketId, state, at: AT, ...extra };
}

async function stored(id: string): Promise<Ticket> {
  const found = await getTicket(id);
  if (!found) throw new Error('ticket vanished');
  return found;
}

describe('recordTicketUpdates', () => {
  it('records sending, sent and the receipt time in order', async () => {
    const { id } = await ticket('queued');
    await recordTicketUpdates([update(id, 'sending')]);
    expect((await stored(id)).status).toBe('sending');
    await recordTicketUpdates([update(id, 'sent', { receivedAt: AT })]);
    const sent = await stored(id);
    expect(sent).toMatchObject({ status: 'sent', receivedAt: AT });
    expect(sent.history.at(-1)).toMatchObject({ status: 'sent', detail: 'received' });
  });

  it('never moves a ticket backwards: a late "sending" after "sent" changes nothing', async () => {
    const { id } = await ticket('queued');
    await recordTicketUpdates([update(id, 'sent', { receivedAt: AT })]);
    expect(await recordTicketUpdates([update(id, 'sending'), update(id, 'queued', { detail: 'http-503' })])).toEqual([]);
    expect((await stored(id)).status).toBe('sent');
    const reviewed = await ticket('reviewed');
    await recordTicketUpdates([update(reviewed.id, 'rejected', { issues: [] })]);
    expect((await stored(reviewed.id)).status).toBe('reviewed');
  });

  it('turns a rejection into "needs changes" with the issues, and an expiry into "not sent"', async () => {
    const rejected = await ticket('sending');
    const expired = await ticket('queued');
    const issues = [{ path: ['description'], message: 'too-vague' }];
    await recordTicketUpdates([
      update(rejected.id, 'rejected', { detail: 'validation', issues }),
      update(expired.id, 'expired', { detail: 'expired' }),
    ]);
    expect(await stored(rejected.id)).toMatchObject({ status: 'needs-changes', issues });
    expect((await stored(expired.id)).history.at(-1)).toMatchObject({ status: 'not-sent', detail: 'expired' });
  });

  it('writes one history line per kind of failure, not one per retry', async () => {
    const { id } = await ticket('queued');
    for (const detail of ['network-error', 'network-error', 'network-error', 'http-503', 'http-503'] as const) {
      await recordTicketUpdates([update(id, 'sending'), update(id, 'queued', { detail })]);
    }
    const details = (await stored(id)).history.map((event) => event.detail);
    expect(details).toEqual([undefined, 'network-error', 'http-503']);
  });

  it('skips a passing "sending" when the same burst says what came of it', async () => {
    const { id } = await ticket('queued');
    const changed = await recordTicketUpdates([update(id, 'sending'), update(id, 'sent', { receivedAt: AT })]);
    expect(changed).toEqual([id]);
    expect((await stored(id)).history.map((event) => event.status)).toEqual(['queued', 'sent']);
  });

  it('ignores updates about tickets this device does not have', async () => {
    expect(await recordTicketUpdates([update(randomUUID(), 'sent', { receivedAt: AT })])).toEqual([]);
  });
});

describe('recordReview', () => {
  it('records the verdict of a sent ticket only', async () => {
    const sent = await ticket('sent');
    const queued = await ticket('queued');
    expect(await recordReview({ id: sent.id, status: 'reviewed', verdict: 'not-owner', reviewedAt: AT })).toBe(true);
    expect(await stored(sent.id)).toMatchObject({ status: 'reviewed', verdict: 'not-owner', reviewedAt: AT });
    expect(await recordReview({ id: queued.id, status: 'reviewed', verdict: 'approved' })).toBe(false);
    expect(await recordReview({ id: sent.id, status: 'received' })).toBe(false);
  });
});

describe('queuedSince', () => {
  it('counts the 7 days from the last time the ticket was put in the queue', () => {
    const history: Ticket['history'] = [
      { at: '2025-03-01T00:00:00.000Z', status: 'ready-to-send' },
      { at: '2025-03-01T00:00:01.000Z', status: 'queued', detail: 'submitted' },
      { at: '2025-03-02T00:00:00.000Z', status: 'queued', detail: 'network-error' },
      { at: '2025-03-03T00:00:00.000Z', status: 'not-sent', detail: 'expired' },
      { at: '2025-03-04T00:00:00.000Z', status: 'queued', detail: 'resent' },
      { at: '2025-03-05T00:00:00.000Z', status: 'queued', detail: 'timeout' },
    ];
    const base = { createdAt: AT, history } as Ticket;
    expect(queuedSince(base)).toBe('2025-03-04T00:00:00.000Z');
  });
});
