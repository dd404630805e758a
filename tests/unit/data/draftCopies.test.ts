// The drafts' crash copies: kept as each draft is stored, gone with the draft, and brought back when the browser
// deleted a damaged database.
import { describe, expect, it } from 'vitest';
import { draftCopies } from '@/data/draftCopies';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft } from '@/data/drafts';
import { wipePersonalData } from '@/data/kiosk';
import { storageHealth } from '@/data/storage';
import { createTicketFromDraft } from '@/data/tickets';
import { copiesUnderTest } from './memoryFolder';
import { submissionOf } from './ticketFixtures';

const fixture = copiesUnderTest(draftCopies);

describe('draft copies', () => {
  it('keep the latest stored version of each draft, and only that', async () => {
    const draft = await createDraft();
    await saveDraft({ ...draft, description: 'first' });
    await saveDraft({ ...draft, description: 'first words' });
    await draftCopies.settled();
    expect(await draftCopies.read()).toEqual([await getDraft(draft.id)]);
    expect([...fixture.folder.files.keys()]).toEqual([`${draft.id}.json`]);
  });

  it('go when the draft is deleted or submitted', async () => {
    const deleted = await createDraft();
    const submitted = await createDraft();
    const kept = await createDraft();
    await deleteDraft(deleted.id);
    await createTicketFromDraft(submitted, submissionOf(submitted));
    await draftCopies.settled();
    expect((await draftCopies.read()).map((copy) => copy.id)).toEqual([kept.id]);
  });

  it('leave none behind for a save that finds its draft gone', async () => {
    const draft = await createDraft();
    await fixture.db.drafts.delete(draft.id);
    expect(await saveDraft({ ...draft, description: 'typed in a tab that did not know' })).toBeUndefined();
    await draftCopies.settled();
    expect(fixture.folder.files.size).toBe(0);
  });

  it('all go at a kiosk reset, with the drafts', async () => {
    await createDraft();
    await createDraft();
    await wipePersonalData();
    expect(fixture.folder.files.size).toBe(0);
  });

  it('skip and remove a damaged file', async () => {
    const draft = await createDraft();
    await draftCopies.settled();
    fixture.folder.files.set('d6f1c1d2-8c1e-4b43-9c5e-000000000000.json', '{"id": "d6f1c1d2-8c1e-4b43-9c5e-000000000000", "step');
    fixture.folder.files.set('notes.txt', 'not a draft');
    expect((await draftCopies.read()).map((copy) => copy.id)).toEqual([draft.id]);
    expect([...fixture.folder.files.keys()]).toEqual([`${draft.id}.json`, 'notes.txt']);
  });

  it('never fail a save when the copy cannot be written', async () => {
    const draft = await createDraft();
    await draftCopies.settled();
    fixture.folder.failWrites = true;
    expect(await saveDraft({ ...draft, description: 'typed while the disk is full' })).toMatchObject({
      description: 'typed while the disk is full',
    });
    await draftCopies.settled();
    expect((await draftCopies.read())[0]?.description).toBe('');
  });
});

describe('draftCopies.recover', () => {
  it('brings every draft back when the browser deleted the damaged database, and says so', async () => {
    const first = await createDraft();
    const second = await saveDraft({ ...(await createDraft()), description: 'the SIM in slot 2 has no service' });
    await fixture.loseDatabase();
    expect(await listDrafts()).toEqual([]);

    expect(await draftCopies.recover(true)).toBe(2);
    expect(await getDraft(first.id)).toEqual(first);
    expect(await getDraft(second?.id ?? '')).toEqual(second);
    expect(storageHealth.get().recoveredDrafts).toBe(2);
  });

  it('puts back a newer copy over an older stored draft, without a notice', async () => {
    const draft = await createDraft();
    const newer = await saveDraft({ ...draft, description: 'written to both' });
    await draftCopies.settled();
    // IndexedDB lost the last write: the stored draft is the older one (older by its time, whatever the clock did).
    await fixture.db.drafts.put({ ...draft, updatedAt: '2026-01-01T00:00:00.000Z' });

    expect(await draftCopies.recover(false)).toBe(1);
    expect((await getDraft(draft.id))?.description).toBe(newer?.description);
    expect(storageHealth.get().recoveredDrafts).toBe(0);
  });

  it('never brings back a draft deleted while its copy stayed, and removes that copy', async () => {
    const draft = await createDraft();
    await draftCopies.settled();
    await fixture.db.drafts.delete(draft.id);

    expect(await draftCopies.recover(false)).toBe(0);
    expect(await getDraft(draft.id)).toBeUndefined();
    await draftCopies.settled();
    expect(fixture.folder.files.size).toBe(0);
  });

  it('changes nothing when there are no copies (a first start, or no file system)', async () => {
    const draft = await createDraft();
    draftCopies.setFolder(null);
    expect(await draftCopies.recover(true)).toBe(0);
    expect(await listDrafts()).toEqual([draft]);
  });
});
