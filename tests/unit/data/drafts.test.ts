// The draft repository: a ticket being written is stored as typed and never resurrected once gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { createDraft, deleteDraft, getDraft, listDrafts, restoreDraft, resubmissionDraft, saveDraft } from '@/data/drafts';
import { getSettings, updateSettings } from '@/data/settings';
import { DESCRIPTION_MAX, type Ticket } from '@/domain/schemas';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  vi.useRealTimers();
  await deleteTestDb(db);
});

describe('createDraft', () => {
  it('stores a draft at the first step with two empty slots and nothing checked', async () => {
    const draft = await createDraft();
    expect(draft.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(draft.step).toBe('subject');
    expect(draft.correctImeis).toEqual(['', '']);
    expect(draft.registeredImeis).toEqual(['', '']);
    expect(draft.slotChecklist).toEqual([
      { simInserted: false, switchedOn: false, callMade: false },
      { simInserted: false, switchedOn: false, callMade: false },
    ]);
    expect(draft.description).toBe('');
    expect(await getDraft(draft.id)).toEqual(draft);
  });

  it("prefills the requester's phone from the settings", async () => {
    await updateSettings({ phone: '09121234567' });
    expect((await createDraft()).phone).toBe('09121234567');
  });

  it('remembers the new draft as the one to resume', async () => {
    const draft = await createDraft();
    expect((await getSettings()).lastDraftId).toBe(draft.id);
  });

  it('takes initial fields, with a checklist box per slot given', async () => {
    const draft = await createDraft({ deviceId: 'device-1', correctImeis: ['1', '2', '3'] });
    expect(draft.deviceId).toBe('device-1');
    expect(draft.correctImeis).toEqual(['1', '2', '3']);
    expect(draft.registeredImeis).toEqual(['', '', '']);
    expect(draft.slotChecklist).toHaveLength(3);
  });

  it('gives every draft its own id', async () => {
    const [a, b] = [await createDraft(), await createDraft()];
    expect(a.id).not.toBe(b.id);
    expect(await listDrafts()).toHaveLength(2);
  });
});

describe('saveDraft', () => {
  it('stores an edit, raw as typed, with a new updatedAt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T10:00:00Z'));
    const draft = await createDraft();
    vi.setSystemTime(new Date('2025-01-01T10:05:00Z'));
    const saved = await saveDraft({ ...draft, step: 'correct', correctImeis: ['۳۵۶ ۹۳۸', ''] });
    expect(saved?.updatedAt).toBe('2025-01-01T10:05:00.000Z');
    const stored = await getDraft(draft.id);
    expect(stored?.correctImeis).toEqual(['۳۵۶ ۹۳۸', '']);
    expect(stored?.step).toBe('correct');
    expect(stored?.updatedAt).toBe('2025-01-01T10:05:00.000Z');
  });

  it('does not bring back a draft that was deleted meanwhile', async () => {
    const draft = await createDraft();
    await deleteDraft(draft.id);
    expect(await saveDraft({ ...draft, description: 'late keystroke' })).toBeUndefined();
    expect(await getDraft(draft.id)).toBeUndefined();
  });

  it('refuses a description over the limit and keeps the stored draft', async () => {
    const draft = await createDraft();
    await expect(saveDraft({ ...draft, description: 'x'.repeat(DESCRIPTION_MAX + 1) })).rejects.toThrow();
    expect((await getDraft(draft.id))?.description).toBe('');
  });
});

describe('listDrafts', () => {
  it('lists the most recently edited draft first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T10:00:00Z'));
    const older = await createDraft();
    vi.setSystemTime(new Date('2025-01-01T11:00:00Z'));
    const newer = await createDraft();
    expect((await listDrafts()).map((d) => d.id)).toEqual([newer.id, older.id]);

    vi.setSystemTime(new Date('2025-01-01T12:00:00Z'));
    await saveDraft({ ...older, description: 'edited last' });
    expect((await listDrafts()).map((d) => d.id)).toEqual([older.id, newer.id]);
  });
});

describe('deleteDraft and restoreDraft', () => {
  it('deletes a draft and returns it, so that undo puts it back unchanged', async () => {
    const draft = await createDraft({ description: 'keep me' });
    const deleted = await deleteDraft(draft.id);
    expect(deleted).toEqual(draft);
    expect(await getDraft(draft.id)).toBeUndefined();
    await restoreDraft(deleted!);
    expect(await getDraft(draft.id)).toEqual(draft);
  });

  it('forgets the deleted draft as the one to resume, but not another one', async () => {
    const first = await createDraft();
    const second = await createDraft();
    await deleteDraft(first.id);
    expect((await getSettings()).lastDraftId).toBe(second.id);
    await deleteDraft(second.id);
    expect((await getSettings()).lastDraftId).toBeUndefined();
  });

  it('returns undefined when deleting a draft that does not exist', async () => {
    expect(await deleteDraft(crypto.randomUUID())).toBeUndefined();
  });
});

describe('resubmissionDraft', () => {
  const at = '2026-11-25T10:00:00.000Z';
  const turnedDown: Ticket = {
    id: 'ticket-1',
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    deviceId: 'device-1',
    correctImeis: ['356938035643809', '490154203237518'],
    registeredImeis: ['356938035643809'],
    description: 'SIM 2 has no service',
    slotChecks: [true],
    createdAt: at,
    status: 'reviewed',
    history: [{ at, status: 'reviewed' }],
  };

  it('prefills every slot from the ticket, padded to the longest list, and links back to it', () => {
    const draft = resubmissionDraft(turnedDown, 'correct');
    expect(draft).toMatchObject({
      step: 'correct',
      phone: '09120000001',
      deviceId: 'device-1',
      correctImeis: ['356938035643809', '490154203237518'],
      registeredImeis: ['356938035643809', ''],
      description: 'SIM 2 has no service',
      resubmissionOf: 'ticket-1',
    });
    expect(draft.slotChecklist).toEqual([
      { simInserted: true, switchedOn: true, callMade: true },
      { simInserted: false, switchedOn: false, callMade: false },
    ]);
  });

  it('starts the checklist unticked when the checklist is the step to redo', () => {
    const draft = resubmissionDraft(turnedDown, 'checklist');
    expect(draft.slotChecklist).toEqual([
      { simInserted: false, switchedOn: false, callMade: false },
      { simInserted: false, switchedOn: false, callMade: false },
    ]);
  });
});

describe('the unload journal in sessionStorage', () => {
  const JOURNAL_PREFIX = 'imei-assistant:draft-journal:';
  let session: Map<string, string>;

  beforeEach(() => {
    session = new Map();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => session.get(key) ?? null,
      setItem: (key: string, value: string) => void session.set(key, value),
      removeItem: (key: string) => void session.delete(key),
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('brings back an edit whose IndexedDB write a reload cut off, and stores it', async () => {
    const draft = await createDraft();
    const later = { ...draft, phone: '09120000001', updatedAt: new Date(Date.parse(draft.updatedAt) + 1000).toISOString() };
    session.set(JOURNAL_PREFIX + draft.id, JSON.stringify(later));
    expect((await getDraft(draft.id))?.phone).toBe('09120000001');
    expect(session.size).toBe(0);
    expect((await getDraft(draft.id))?.phone).toBe('09120000001');
  });

  it('ignores an older copy, and never brings back a deleted draft', async () => {
    const draft = await createDraft();
    const saved = await saveDraft({ ...draft, phone: '09120000002' });
    session.set(JOURNAL_PREFIX + draft.id, JSON.stringify({ ...draft, phone: '09120000003' }));
    expect((await getDraft(draft.id))?.phone).toBe(saved?.phone);
    await deleteDraft(draft.id);
    session.set(JOURNAL_PREFIX + draft.id, JSON.stringify({ ...draft, updatedAt: new Date(Date.now() + 60_000).toISOString() }));
    expect(await getDraft(draft.id)).toBeUndefined();
  });
});
