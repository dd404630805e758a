// The staff screen's numbers survive the wipe between customers, and hold nothing personal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistantDb } from '@/data/db';
import { wipePersonalData } from '@/data/kiosk';
import { lastQueueProblem, todaysTicketCounts } from '@/data/kioskReport';
import type { Ticket } from '@/domain/schemas';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  await deleteTestDb(db);
});

function ticket(status: Ticket['status'], extra: Partial<Ticket> = {}): Ticket {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['356938035643809', '490154203237518'],
    registeredImeis: ['356938035643809', '490154203237526'],
    description: 'SIM 2 has no service',
    slotChecks: [true, true],
    createdAt: now,
    status,
    history: [{ at: now, status }],
    ...extra,
  };
}

describe('todaysTicketCounts', () => {
  it('still counts the tickets a wipe deleted, and counts a kept one once', async () => {
    await db.tickets.bulkPut([ticket('sent'), ticket('reviewed', { verdict: 'approved' }), ticket('needs-changes'), ticket('queued')]);
    await wipePersonalData();
    const counts = await todaysTicketCounts();
    expect(counts.byState).toEqual({ queued: 1, sent: 1, reviewed: 1, 'needs-changes': 1, 'not-sent': 0 });
    expect(counts.byVerdict).toEqual({ approved: 1 });

    // The kept ticket is delivered and wiped at the next reset: counted as sent, not twice.
    const [kept] = await db.tickets.toArray();
    await db.tickets.put({ ...(kept as Ticket), status: 'sent' });
    await wipePersonalData();
    expect((await todaysTicketCounts()).byState).toEqual({ queued: 0, sent: 2, reviewed: 1, 'needs-changes': 1, 'not-sent': 0 });
    const settings = JSON.stringify(await db.settings.toArray());
    expect(settings).not.toContain('0912');
    expect(settings).not.toContain('3809');
  });
});

describe('lastQueueProblem', () => {
  it('is the newest failed attempt of a waiting ticket', async () => {
    await db.tickets.put(
      ticket('queued', {
        history: [
          { at: '2026-11-25T10:00:00.000Z', status: 'queued', detail: 'submitted' },
          { at: '2026-11-25T10:00:05.000Z', status: 'queued', detail: 'http-503' },
          { at: '2026-11-25T10:00:09.000Z', status: 'queued', detail: 'network-error' },
        ],
      }),
    );
    expect(await lastQueueProblem()).toEqual({ detail: 'network-error', at: '2026-11-25T10:00:09.000Z' });
  });

  it('is null when nothing waits', async () => {
    await db.tickets.put(ticket('sent', { history: [{ at: '2026-11-25T10:00:05.000Z', status: 'queued', detail: 'http-503' }] }));
    expect(await lastQueueProblem()).toBeNull();
  });
});
