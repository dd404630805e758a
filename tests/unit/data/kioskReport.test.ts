// The staff screen's numbers survive the wipe between customers, and hold nothing personal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistantDb } from '@/data/db';
import { wipePersonalData } from '@/data/kiosk';
import { lastQueueProblem, todaysTicketCounts } from '@/data/kioskReport';
import type { Ticket } from '@/domain/schemas';
import { deleteTestDb, openTestDb } from '../testDb';
import { ticketIn } from './ticketFixtures';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  await deleteTestDb(db);
});

describe('todaysTicketCounts', () => {
  it('still counts the tickets a wipe deleted, and counts a kept one once', async () => {
    await db.tickets.bulkPut([
      ticketIn('sent'),
      ticketIn('reviewed', { verdict: 'approved' }),
      ticketIn('needs-changes'),
      ticketIn('queued'),
    ]);
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
      ticketIn('queued', {
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
    await db.tickets.put(ticketIn('sent', { history: [{ at: '2026-11-25T10:00:05.000Z', status: 'queued', detail: 'http-503' }] }));
    expect(await lastQueueProblem()).toBeNull();
  });
});
