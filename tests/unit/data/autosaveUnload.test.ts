// The unload write: when a page goes away, the latest value is handed to a synchronous writer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '@/data/autosave';
import { AssistantDb } from '@/data/db';
import { createDraft, deleteDraft, getDraft, saveDraftNow, stopUnloadWrites } from '@/data/drafts';
import { deleteTestDb, openTestDb } from '../testDb';

let fakeWindow: EventTarget;

beforeEach(() => {
  fakeWindow = new EventTarget();
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  vi.stubGlobal('window', fakeWindow);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createAutosaver with an unload writer', () => {
  it('hands the pending value to the unload writer synchronously on pagehide', async () => {
    const unloadWrites: string[] = [];
    const saver = createAutosaver(
      async () => undefined,
      300,
      (value: string) => unloadWrites.push(value),
    );
    saver.update('typed just before closing');
    fakeWindow.dispatchEvent(new Event('pagehide'));
    expect(unloadWrites).toEqual(['typed just before closing']);
    await saver.dispose();
  });

  it('hands over a value whose regular write is still running', async () => {
    const unloadWrites: string[] = [];
    let finish: () => void = () => undefined;
    const saver = createAutosaver(
      () => new Promise<void>((resolve) => (finish = resolve)),
      300,
      (value: string) => unloadWrites.push(value),
    );
    saver.update('in flight');
    void saver.flush();
    fakeWindow.dispatchEvent(new Event('pagehide'));
    expect(unloadWrites).toEqual(['in flight']);
    finish();
    await saver.dispose();
  });

  it('does not call the unload writer when everything is already stored', async () => {
    const unloadWrites: string[] = [];
    const saver = createAutosaver(
      async () => undefined,
      300,
      (value: string) => unloadWrites.push(value),
    );
    saver.update('stored');
    await saver.flush();
    fakeWindow.dispatchEvent(new Event('pagehide'));
    expect(unloadWrites).toEqual([]);
    await saver.dispose();
  });
});

describe('saveDraftNow', () => {
  let db: AssistantDb;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(async () => {
    await deleteTestDb(db);
  });

  async function settled(): Promise<void> {
    // The raw transaction commits on its own; a read after it sees the result.
    await db.drafts.count();
  }

  it('stores the draft with one immediate put', async () => {
    const draft = await createDraft();
    saveDraftNow({ ...draft, description: 'the last keystroke' });
    await settled();
    expect((await getDraft(draft.id))?.description).toBe('the last keystroke');
  });

  it('never brings back a draft deleted in this page', async () => {
    const draft = await createDraft();
    await deleteDraft(draft.id);
    saveDraftNow({ ...draft, description: 'late' });
    await settled();
    expect(await getDraft(draft.id)).toBeUndefined();
  });

  it('writes nothing once a kiosk reset has stopped unload writes', async () => {
    const draft = await createDraft();
    stopUnloadWrites();
    saveDraftNow({ ...draft, description: 'previous customer' });
    await settled();
    expect((await getDraft(draft.id))?.description).toBe('');
  });
});
