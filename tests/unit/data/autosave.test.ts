// Autosave: every change is stored within 300 ms, at once when the page is hidden, and never dropped on failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type Autosaver, type AutosaveState } from '@/data/autosave';
import { AssistantDb } from '@/data/db';
import { createDraft, getDraft, saveDraft } from '@/data/drafts';
import { storageHealth } from '@/data/storage';
import { deleteTestDb, openTestDb, quotaError } from '../testDb';

type FakeDocument = EventTarget & { visibilityState: DocumentVisibilityState };

let fakeDocument: FakeDocument;
let fakeWindow: EventTarget;

beforeEach(() => {
  fakeDocument = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  fakeWindow = new EventTarget();
  vi.stubGlobal('document', fakeDocument);
  vi.stubGlobal('window', fakeWindow);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A save function that records what it wrote and when (by the fake clock). */
function recordingSave(): { save: (value: string) => Promise<void>; writes: { value: string; at: number }[] } {
  const writes: { value: string; at: number }[] = [];
  return {
    writes,
    save: async (value: string) => {
      writes.push({ value, at: Date.now() });
    },
  };
}

function statesOf<T>(saver: Autosaver<T>): AutosaveState[] {
  const states: AutosaveState[] = [];
  saver.subscribe((state) => states.push(state));
  return states;
}

describe('createAutosaver with a recorded save', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('writes the latest value 100 ms after a change, not before', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);
    const states = statesOf(saver);

    saver.update('a');
    saver.update('ab');
    expect(saver.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(99);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes.map((w) => w.value)).toEqual(['ab']);
    expect(saver.state).toBe('saved');
    expect(states).toEqual(['unsaved', 'saving', 'saved']);
    await saver.dispose();
  });

  it('stores every change within 300 ms even while the user types without pause', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);
    const changes: { value: string; at: number }[] = [];
    for (let i = 1; i <= 30; i += 1) {
      const value = 'x'.repeat(i);
      saver.update(value);
      changes.push({ value, at: Date.now() });
      await vi.advanceTimersByTimeAsync(80);
    }
    await vi.advanceTimersByTimeAsync(300);

    for (const change of changes) {
      const stored = writes.find((w) => w.value.length >= change.value.length);
      expect(stored, `change of length ${change.value.length}`).toBeDefined();
      expect(stored!.at - change.at).toBeLessThanOrEqual(300);
    }
    expect(writes.at(-1)?.value).toBe('x'.repeat(30));
    await saver.dispose();
  });

  it('writes from the keystroke itself once the delay has passed, when the browser runs its timers late', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);

    saver.update('a');
    // The clock moves on but the timer has not run (a browser busy with input runs timers late).
    vi.setSystemTime(Date.now() + 100);
    saver.update('ab');
    await Promise.resolve();
    expect(writes.map((w) => w.value)).toEqual(['ab']);
    await saver.dispose();
  });

  it('writes a change that waited through a slow write as soon as that write ends', async () => {
    let finish = (): void => undefined;
    const writes: string[] = [];
    const saver = createAutosaver((value: string) => {
      writes.push(value);
      return new Promise<void>((resolve) => (finish = resolve));
    });

    saver.update('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.update('ab');
    vi.setSystemTime(Date.now() + 250);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(writes).toEqual(['a', 'ab']);
    finish();
    await saver.dispose();
  });

  it('writes at once on flush', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);
    saver.update('now');
    await saver.flush();
    expect(writes.map((w) => w.value)).toEqual(['now']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
    await saver.dispose();
  });

  it('starts the write at once when the page is hidden', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);
    saver.update('typed before switching apps');

    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    expect(writes).toEqual([]);
    fakeDocument.visibilityState = 'hidden';
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    // Synchronously: the page may be frozen before any timer runs again.
    expect(writes.map((w) => w.value)).toEqual(['typed before switching apps']);
    await saver.dispose();
  });

  it('starts the write at once on pagehide', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);
    saver.update('typed before closing the tab');
    fakeWindow.dispatchEvent(new Event('pagehide'));
    expect(writes.map((w) => w.value)).toEqual(['typed before closing the tab']);
    await saver.dispose();
  });

  it('writes a change made during a slow write after it, so the newest value lands last', async () => {
    const writes: string[] = [];
    let running = 0;
    const saver = createAutosaver(async (value: string) => {
      running += 1;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      writes.push(value);
      running -= 1;
    });
    saver.update('first');
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.state).toBe('saving');
    saver.update('second');
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toEqual(['first', 'second']);
    expect(saver.state).toBe('saved');
    await saver.dispose();
  });

  it('keeps a value whose write failed with a full storage, reports quota, and writes it on the next flush', async () => {
    const writes: string[] = [];
    const save = vi
      .fn<(value: string) => Promise<void>>()
      .mockRejectedValueOnce(quotaError())
      .mockImplementation(async (value) => {
        writes.push(value);
      });
    const saver = createAutosaver(save);

    saver.update('precious');
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.state).toBe('error');
    expect(storageHealth.get().problem).toBe('quota');

    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('precious');
    expect(writes).toEqual(['precious']);
    expect(saver.state).toBe('saved');
    expect(storageHealth.get().problem).toBeNull();
    await saver.dispose();
  });

  it('after a failed write, writes the newest value on the next change', async () => {
    const save = vi.fn<(value: string) => Promise<void>>().mockRejectedValueOnce(quotaError()).mockResolvedValue(undefined);
    const saver = createAutosaver(save);

    saver.update('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.update('ab');
    expect(saver.state).toBe('error');
    await vi.advanceTimersByTimeAsync(300);
    expect(save.mock.calls.map(([value]) => value)).toEqual(['a', 'ab']);
    expect(saver.state).toBe('saved');
    await saver.dispose();
  });

  it('retries a failed write by itself, backing off, until it succeeds', async () => {
    const save = vi
      .fn<(value: string) => Promise<void>>()
      .mockRejectedValueOnce(quotaError())
      .mockRejectedValueOnce(quotaError())
      .mockResolvedValue(undefined);
    const saver = createAutosaver(save);

    saver.update('left alone');
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(save).toHaveBeenLastCalledWith('left alone');
    expect(saver.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(3);
    await saver.dispose();
  });

  it('does not reject flush when the write fails', async () => {
    const saver = createAutosaver(vi.fn<(value: string) => Promise<void>>().mockRejectedValue(quotaError()));
    saver.update('x');
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(saver.state).toBe('error');
    await saver.dispose();
  });

  it('treats a save that throws like one that rejects: the value is kept', async () => {
    let calls = 0;
    const saver = createAutosaver((value: string) => {
      calls += 1;
      if (calls === 1) throw quotaError();
      return Promise.resolve(value);
    });
    saver.update('kept');
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(saver.state).toBe('error');
    await saver.flush();
    expect(calls).toBe(2);
    expect(saver.state).toBe('saved');
    await saver.dispose();
  });

  it('writes what is pending on dispose, then stops listening to the page', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);
    saver.update('last words');
    await saver.dispose();
    expect(writes.map((w) => w.value)).toEqual(['last words']);

    fakeWindow.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
  });

  it('reports "saved" and writes nothing when nothing changed', async () => {
    const { save, writes } = recordingSave();
    const saver = createAutosaver(save);
    expect(saver.state).toBe('saved');
    fakeWindow.dispatchEvent(new Event('pagehide'));
    await saver.flush();
    expect(writes).toEqual([]);
    await saver.dispose();
  });
});

describe('createAutosaver over the draft repository', () => {
  let db: AssistantDb;

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    vi.useRealTimers();
    await deleteTestDb(db);
  });

  it('has a keystroke in IndexedDB well within 300 ms of its typing: the write starts at 100 ms', async () => {
    const draft = await createDraft();
    // Only the timers the autosaver uses: fake-indexeddb runs on setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const saver = createAutosaver(saveDraft);
    const saved = new Promise<void>((resolve) => saver.subscribe((state) => state === 'saved' && resolve()));

    saver.update({ ...draft, description: 'S' });
    await vi.advanceTimersByTimeAsync(99);
    expect((await getDraft(draft.id))?.description).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    await saved;
    expect((await getDraft(draft.id))?.description).toBe('S');
    await saver.dispose();
  });

  it('has the last keystroke in IndexedDB after pagehide, with no timer running', async () => {
    const draft = await createDraft();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const saver = createAutosaver(saveDraft);
    const saved = new Promise<void>((resolve) => saver.subscribe((state) => state === 'saved' && resolve()));
    saver.update({ ...draft, description: 'closing now' });
    fakeWindow.dispatchEvent(new Event('pagehide'));
    // The 100 ms timer is fake and never advanced: only pagehide can have written this.
    await saved;
    expect((await getDraft(draft.id))?.description).toBe('closing now');
    await saver.dispose();
  });
});
