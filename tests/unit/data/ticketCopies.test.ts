// The tickets' crash copies: they follow every committed write to the tickets table, whatever made it, go with a
// kiosk's customer, and bring the tickets back when the browser deleted a damaged database.
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '@/data/backup';
import { createDraft } from '@/data/drafts';
import { wipePersonalData } from '@/data/kiosk';
import { purgeIfMarked } from '@/data/kioskPurge';
import { storageHealth } from '@/data/storage';
import { createTicketFromDraft, getTicket, listTickets, putTicket, ticketCopies, updateTicket } from '@/data/tickets';
import type { Ticket } from '@/domain/schemas';
import { storedTicket } from '../testDb';
import { copiesUnderTest } from './memoryFolder';
import { submissionOf, ticketIn } from './ticketFixtures';

const fixture = copiesUnderTest(ticketCopies);

/** The copies as stored, by ticket id. */
async function copies(): Promise<Map<string, Ticket>> {
  await fixture.written();
  return new Map((await ticketCopies.read()).map((ticket) => [ticket.id, ticket]));
}

describe('ticket copies', () => {
  it('follow every write to a ticket, whichever code made it, and go when it is deleted', async () => {
    const draft = await createDraft({ description: 'SIM 2 has no service' });
    const created = await createTicketFromDraft(draft, submissionOf(draft));
    expect((await copies()).get(created.id)).toEqual(created);

    const queued = await updateTicket(created.id, {}, { status: 'queued' });
    expect((await copies()).get(created.id)).toEqual(queued);

    // Written by none of the data layer's functions: the copy follows all the same.
    const other = ticketIn('sent');
    await fixture.db.transaction('rw', fixture.db.tickets, () => fixture.db.tickets.put(other));
    expect((await copies()).get(other.id)).toEqual(other);

    await fixture.db.tickets.delete(other.id);
    expect([...(await copies()).keys()]).toEqual([created.id]);
  });

  it('are not written for a write whose transaction failed', async () => {
    const ticket = ticketIn('queued');
    await expect(
      fixture.db.transaction('rw', fixture.db.tickets, async () => {
        await fixture.db.tickets.put(ticket);
        throw new Error('changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    expect(await getTicket(ticket.id)).toBeUndefined();
    expect(fixture.folder.files.size).toBe(0);
  });

  it('lose the personal fields when a kiosk purges a delivered ticket', async () => {
    const ticket = await putTicket(ticketIn('queued', { purgeWhenSent: true }));
    await updateTicket(ticket.id, {}, { status: 'sent' });
    expect(await purgeIfMarked(ticket.id)).toBe(true);

    const copy = (await copies()).get(ticket.id);
    expect(copy).toEqual(await storedTicket(ticket.id));
    expect(copy).toMatchObject({ purged: true, requester: { phone: '' }, correctImeis: [], description: '' });
    expect([...fixture.folder.files.values()].join()).not.toContain(ticket.requester.phone);
  });

  it('of the tickets a kiosk reset deletes go with them; those of the unsent tickets it keeps stay', async () => {
    const delivered = await putTicket(ticketIn('sent'));
    const waiting = await putTicket(ticketIn('needs-changes'));
    const unsent = await putTicket(ticketIn('queued'));
    await fixture.written();

    await wipePersonalData();
    // The reset waits for its copies: nothing more is asked for after it.
    expect([...fixture.folder.files.keys()]).toEqual([`${unsent.id}.json`]);
    expect((await copies()).get(unsent.id)).toEqual({ ...unsent, purgeWhenSent: true });
    expect(await getTicket(delivered.id)).toBeUndefined();
    expect(await getTicket(waiting.id)).toBeUndefined();
  });

  it('are written for the tickets a backup brings in', async () => {
    const ticket = await putTicket(ticketIn('reviewed', { verdict: 'approved' }));
    const { text } = await exportBackup();
    await fixture.db.tickets.delete(ticket.id);
    expect(await copies()).toEqual(new Map());

    expect(await importBackup(text)).toMatchObject({ ok: true, added: { tickets: 1 } });
    expect((await copies()).get(ticket.id)).toEqual(ticket);
  });
});

describe('ticketCopies.recover', () => {
  it('brings every ticket back, with its status and verdict, when the browser deleted the damaged database', async () => {
    const reviewed = await putTicket(ticketIn('reviewed', { verdict: 'approved', reviewedAt: new Date().toISOString() }));
    const queued = await putTicket(ticketIn('queued'));
    await fixture.loseDatabase();
    expect(await listTickets()).toEqual([]);

    expect(await ticketCopies.recover(true)).toBe(2);
    expect(await storedTicket(reviewed.id)).toEqual(reviewed);
    expect(await storedTicket(queued.id)).toEqual(queued);
    expect(storageHealth.get().recoveredTickets).toBe(2);
  });

  it('keeps a stored ticket over its copy, and rewrites the copy from it, without a notice', async () => {
    const ticket = await putTicket(ticketIn('queued', {}, '2026-12-01T10:00:00.000Z'));
    await fixture.written();
    // A copy that differs from the stored ticket: only the stored one is known to have been written whole.
    fixture.folder.files.set(`${ticket.id}.json`, JSON.stringify({ ...ticket, status: 'sent' }));

    expect(await ticketCopies.recover(false)).toBe(0);
    expect(await storedTicket(ticket.id)).toEqual(ticket);
    expect((await copies()).get(ticket.id)).toEqual(ticket);
    expect(storageHealth.get().recoveredTickets).toBe(0);
  });

  it('rewrites a copy the stored ticket moved on from, so a purge the copy missed reaches it', async () => {
    const ticket = await putTicket(ticketIn('sent', { purgeWhenSent: true }));
    await fixture.written();
    const stale = fixture.folder.files.get(`${ticket.id}.json`);
    await purgeIfMarked(ticket.id);
    await fixture.written();
    // The page was killed before the purged ticket's copy was written.
    fixture.folder.files.set(`${ticket.id}.json`, stale ?? '');

    expect(await ticketCopies.recover(false)).toBe(0);
    expect((await copies()).get(ticket.id)).toEqual(await storedTicket(ticket.id));
    expect([...fixture.folder.files.values()].join()).not.toContain(ticket.requester.phone);
  });

  it('puts a ticket back from its copy when the stored one no longer reads', async () => {
    const ticket = await putTicket(ticketIn('reviewed', { verdict: 'approved' }));
    await fixture.written();
    const copy = fixture.folder.files.get(`${ticket.id}.json`) ?? '';
    // The stored record damaged (its status no longer one of the statuses), its copy whole.
    await fixture.db.tickets.put({ ...ticket, status: 'lost' } as unknown as Ticket);
    await fixture.written();
    fixture.folder.files.set(`${ticket.id}.json`, copy);

    expect(await ticketCopies.recover(false)).toBe(1);
    expect(await storedTicket(ticket.id)).toEqual(ticket);
    expect((await copies()).get(ticket.id)).toEqual(ticket);
  });

  it('copies a ticket stored before tickets had copies, and removes the copy of a ticket that is gone', async () => {
    const old = await putTicket(ticketIn('reviewed', { verdict: 'approved' }));
    const gone = await putTicket(ticketIn('sent'));
    await fixture.written();
    fixture.folder.files.delete(`${old.id}.json`);
    await fixture.db.tickets.delete(gone.id);
    fixture.folder.files.set(`${gone.id}.json`, JSON.stringify(gone));

    expect(await ticketCopies.recover(false)).toBe(0);
    expect([...(await copies()).entries()]).toEqual([[old.id, old]]);
    expect(await getTicket(gone.id)).toBeUndefined();
  });
});
