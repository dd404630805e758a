// Filing on Hamta by hand: kept for Hamta with no intake, progress remembered per ticket, Hamta's answer recorded as such.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistantDb } from '@/data/db';
import { ANSWER_FROM_HAMTA, keepForHamta, KEPT_FOR_HAMTA, openTickets, recordHamtaAnswer, saveHandoff } from '@/data/hamtaHandoff';
import { wipePersonalData } from '@/data/kiosk';
import { getTicket, putTicket } from '@/data/tickets';
import type { Ticket, TicketStatus } from '@/domain/schemas';
import { deleteTestDb, openTestDb } from '../testDb';
import { ticketIn } from './ticketFixtures';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  await deleteTestDb(db);
});

const AT = '2026-11-01T10:00:00.000Z';

async function ticket(status: TicketStatus, extra: Partial<Ticket> = {}): Promise<Ticket> {
  return putTicket(ticketIn(status, extra, AT));
}

describe('keepForHamta', () => {
  it('moves a ticket ready to send to "ready to file on Hamta", with a history line', async () => {
    const stored = await keepForHamta((await ticket('ready-to-send')).id);
    expect(stored?.status).toBe('ready-to-file');
    expect(stored?.history.at(-1)).toMatchObject({ status: 'ready-to-file', detail: KEPT_FOR_HAMTA });
  });

  it('leaves any other ticket as it is', async () => {
    const queued = await ticket('queued');
    expect((await keepForHamta(queued.id))?.status).toBe('queued');
    expect(await keepForHamta(crypto.randomUUID())).toBeUndefined();
  });
});

describe('saveHandoff', () => {
  it('remembers the fields copied (each once) and the edited description, with no history line', async () => {
    const { id } = await ticket('ready-to-file');
    await saveHandoff(id, { copied: ['correct-1'] });
    await saveHandoff(id, { copied: ['correct-1', 'registered-2'] });
    await saveHandoff(id, { description: 'متن ویرایش‌شده' });
    const stored = await getTicket(id);
    expect(stored?.handoff).toEqual({ copied: ['correct-1', 'registered-2'], description: 'متن ویرایش‌شده' });
    expect(stored?.history).toHaveLength(1);
  });
});

describe('recordHamtaAnswer', () => {
  it('marks the ticket reviewed with the verdict, and notes the answer came from Hamta', async () => {
    const { id } = await ticket('ready-to-file');
    const stored = await recordHamtaAnswer(id, 'sim-not-seen-on-all-slots');
    expect(stored).toMatchObject({ status: 'reviewed', verdict: 'sim-not-seen-on-all-slots' });
    expect(stored?.reviewedAt).toBeDefined();
    expect(stored?.history.at(-1)).toMatchObject({ status: 'reviewed', detail: ANSWER_FROM_HAMTA });
  });

  it('records the same answer once, and a different later answer again', async () => {
    const { id } = await ticket('sent');
    await recordHamtaAnswer(id, 'approved');
    await recordHamtaAnswer(id, 'approved');
    expect((await getTicket(id))?.history).toHaveLength(2);
    await recordHamtaAnswer(id, 'not-owner');
    expect(await getTicket(id)).toMatchObject({ verdict: 'not-owner' });
    expect((await getTicket(id))?.history).toHaveLength(3);
  });

  it('does nothing for a ticket that does not exist', async () => {
    expect(await recordHamtaAnswer(crypto.randomUUID(), 'approved')).toBeUndefined();
  });
});

describe('openTickets', () => {
  it('is every ticket not reviewed yet and not purged', async () => {
    const waiting = await ticket('ready-to-file');
    const sent = await ticket('sent');
    const reviewed = await ticket('reviewed', { verdict: 'approved' });
    const purged = await ticket('sent', { purged: true, correctImeis: [], registeredImeis: [] });
    expect(openTickets([waiting, sent, reviewed, purged]).map((entry) => entry.id)).toEqual([waiting.id, sent.id]);
  });
});

describe('a kiosk reset', () => {
  it('deletes tickets waiting to be filed on Hamta, with their hand-off (the customer is gone)', async () => {
    const waiting = await ticket('ready-to-file', { handoff: { copied: [], description: 'personal' } });
    await wipePersonalData();
    expect(await getTicket(waiting.id)).toBeUndefined();
  });
});
