// The ticket repository: a draft becomes one ticket atomically, and status changes keep their history.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { createDraft, getDraft } from '@/data/drafts';
import { getSettings } from '@/data/settings';
import { createTicketFromDraft, getTicket, listTickets, putTicket, updateTicket } from '@/data/tickets';
import { deleteTestDb, openTestDb } from '../testDb';
import { CORRECT, submissionOf } from './ticketFixtures';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDb(db);
});

describe('createTicketFromDraft', () => {
  it('stores a ticket ready to send with its first history entry, and deletes the draft', async () => {
    const draft = await createDraft({ deviceId: 'device-1', description: 'SIM 2 has no service' });
    const ticket = await createTicketFromDraft(draft, submissionOf(draft));

    expect(ticket.status).toBe('ready-to-send');
    expect(ticket.history.map((event) => event.status)).toEqual(['ready-to-send']);
    expect(ticket.deviceId).toBe('device-1');
    expect(ticket.correctImeis).toEqual(CORRECT);
    expect(await getTicket(draft.id)).toEqual(ticket);
    expect(await getDraft(draft.id)).toBeUndefined();
  });

  it('forgets the draft as the one to resume', async () => {
    const draft = await createDraft();
    expect((await getSettings()).lastDraftId).toBe(draft.id);
    await createTicketFromDraft(draft, submissionOf(draft));
    expect((await getSettings()).lastDraftId).toBeUndefined();
  });

  it('keeps the draft and stores no ticket when the transaction fails half way', async () => {
    const draft = await createDraft();
    vi.spyOn(db.drafts, 'delete').mockRejectedValue(new Error('disk error'));
    await expect(createTicketFromDraft(draft, submissionOf(draft))).rejects.toThrow('disk error');
    vi.restoreAllMocks();
    expect(await getTicket(draft.id)).toBeUndefined();
    expect(await getDraft(draft.id)).toEqual(draft);
    expect((await getSettings()).lastDraftId).toBe(draft.id);
  });

  it('refuses an invalid submission and keeps the draft to edit', async () => {
    const draft = await createDraft();
    const invalid = { ...submissionOf(draft), correctImeis: ['123'] };
    await expect(createTicketFromDraft(draft, invalid)).rejects.toThrow();
    expect(await getDraft(draft.id)).toEqual(draft);
    expect(await listTickets()).toEqual([]);
  });

  it('makes one ticket when the same draft is submitted twice, and leaves its progress alone', async () => {
    const draft = await createDraft();
    await createTicketFromDraft(draft, submissionOf(draft));
    await updateTicket(draft.id, {}, { status: 'sent' });

    const again = await createTicketFromDraft(draft, submissionOf(draft));
    expect(again.status).toBe('sent');
    expect(await listTickets()).toHaveLength(1);
    expect((await getTicket(draft.id))?.status).toBe('sent');
  });
});

describe('updateTicket', () => {
  async function storedTicket(): Promise<string> {
    const draft = await createDraft();
    return (await createTicketFromDraft(draft, submissionOf(draft))).id;
  }

  it('moves the ticket to the status of an event and appends the event to its history', async () => {
    const id = await storedTicket();
    await updateTicket(id, {}, { status: 'queued' });
    const updated = await updateTicket(id, {}, { status: 'queued', detail: 'http-503' });
    expect(updated?.status).toBe('queued');
    expect(updated?.history.map((event) => [event.status, event.detail])).toEqual([
      ['ready-to-send', undefined],
      ['queued', undefined],
      ['queued', 'http-503'],
    ]);
    expect(await getTicket(id)).toEqual(updated);
  });

  it('applies a patch without touching the history when no event is given', async () => {
    const id = await storedTicket();
    const receivedAt = '2025-02-01T08:00:00.000Z';
    const updated = await updateTicket(id, { receivedAt, verdict: 'approved' });
    expect(updated?.receivedAt).toBe(receivedAt);
    expect(updated?.verdict).toBe('approved');
    expect(updated?.status).toBe('ready-to-send');
    expect(updated?.history).toHaveLength(1);
  });

  it('stores the issues of a rejected ticket together with its "needs changes" event', async () => {
    const id = await storedTicket();
    const issues = [{ path: ['correctImeis', 1], message: 'imei-format' }];
    await updateTicket(id, { issues }, { status: 'needs-changes', detail: 'http-400' });
    const stored = await getTicket(id);
    expect(stored?.status).toBe('needs-changes');
    expect(stored?.issues).toEqual(issues);
    expect(stored?.history.at(-1)?.detail).toBe('http-400');
  });

  it('refuses a patch that breaks the schema and keeps the stored ticket', async () => {
    const id = await storedTicket();
    await expect(updateTicket(id, { correctImeis: ['not an imei'] })).rejects.toThrow();
    expect((await getTicket(id))?.correctImeis).toEqual(CORRECT);
  });

  it('returns undefined for a ticket that does not exist', async () => {
    expect(await updateTicket(crypto.randomUUID(), {}, { status: 'sent' })).toBeUndefined();
    expect(await listTickets()).toEqual([]);
  });
});

describe('listTickets and putTicket', () => {
  it('lists the most recently submitted ticket first', async () => {
    const ids: string[] = [];
    for (const createdAt of ['2025-01-02T00:00:00.000Z', '2025-01-03T00:00:00.000Z', '2025-01-01T00:00:00.000Z']) {
      const draft = await createDraft();
      ids.push((await createTicketFromDraft(draft, submissionOf(draft, createdAt))).id);
    }
    expect((await listTickets()).map((t) => t.id)).toEqual([ids[1], ids[0], ids[2]]);
  });

  it('stores a ticket as given, and refuses one with an unknown status', async () => {
    const draft = await createDraft();
    const ticket = await createTicketFromDraft(draft, submissionOf(draft));
    await putTicket({ ...ticket, status: 'reviewed', verdict: 'not-owner' });
    expect((await getTicket(ticket.id))?.verdict).toBe('not-owner');

    const broken = { ...ticket, status: 'lost' } as unknown as Parameters<typeof putTicket>[0];
    await expect(putTicket(broken)).rejects.toThrow();
    expect((await getTicket(ticket.id))?.status).toBe('reviewed');
  });
});
