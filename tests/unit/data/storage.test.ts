// Storage health: falling back to memory when IndexedDB cannot open, saying when it is full, asking to persist.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { quotaError } from '../testDb';

// Each test loads a fresh copy of the data layer: the storage health is module state.
type DataLayer = {
  storage: typeof import('@/data/storage');
  devices: typeof import('@/data/devices');
  drafts: typeof import('@/data/drafts');
};

async function loadDataLayer(): Promise<DataLayer> {
  vi.resetModules();
  return {
    storage: await import('@/data/storage'),
    devices: await import('@/data/devices'),
    drafts: await import('@/data/drafts'),
  };
}

const opened: Dexie[] = [];

function testDb(options?: ConstructorParameters<typeof AssistantDb>[1]): AssistantDb {
  const db = new AssistantDb('test-' + crypto.randomUUID(), options);
  opened.push(db);
  return db;
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const db of opened.splice(0)) await db.delete();
});

describe('initStorage', () => {
  it('uses IndexedDB when it opens', async () => {
    const { storage } = await loadDataLayer();
    const db = testDb();
    storage.setDatabase(db);
    const health = await storage.initStorage();
    expect(health).toMatchObject({ mode: 'indexeddb', problem: null });
    expect(storage.getDb()).toBe(db);
  });

  it('tries again when IndexedDB refuses to open once, as after a crash, and keeps the data on disk', async () => {
    const { storage } = await loadDataLayer();
    const open = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new DOMException('The open request was aborted', 'AbortError');
    });
    try {
      const health = await storage.initStorage();
      opened.push(storage.getDb());
      expect(health).toMatchObject({ mode: 'indexeddb', problem: null });
      expect(storage.getDb().isOpen()).toBe(true);
      expect(console.warn).toHaveBeenCalledWith('IndexedDB did not open, trying again', expect.anything());
    } finally {
      open.mockRestore();
    }
  });

  it('keeps working in memory, and says so, when IndexedDB cannot be opened', async () => {
    const { storage, devices, drafts } = await loadDataLayer();
    const blocked = {
      open: () => {
        throw new DOMException('IndexedDB is disabled in this mode', 'InvalidStateError');
      },
      cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
    } as unknown as IDBFactory;
    // Not in `opened`: a database that never opened has nothing to delete.
    storage.setDatabase(new AssistantDb('test-' + crypto.randomUUID(), { indexedDB: blocked, IDBKeyRange }));
    const seen: string[] = [];
    storage.storageHealth.subscribe((health) => seen.push(health.mode));

    const health = await storage.initStorage();
    const inMemory = storage.getDb();
    opened.push(inMemory);

    expect(health).toMatchObject({ mode: 'memory', problem: 'unavailable' });
    expect(storage.storageHealth.get().mode).toBe('memory');
    expect(seen).toContain('memory');
    expect(inMemory.isOpen()).toBe(true);
    expect(console.warn).toHaveBeenCalledWith('IndexedDB unavailable, keeping data in memory', expect.anything());

    const device = await devices.saveDevice(devices.newDevice({ nickname: 'Kept in memory' }));
    expect(await devices.listDevices()).toEqual([device]);
    const draft = await drafts.createDraft();
    expect(await drafts.getDraft(draft.id)).toEqual(draft);
  });
});

describe('a full storage', () => {
  it('reports quota when a repository write fails for lack of space, and clears it once a write succeeds', async () => {
    const { storage, devices } = await loadDataLayer();
    const db = testDb();
    storage.setDatabase(db);
    const device = devices.newDevice({ nickname: 'Big' });
    vi.spyOn(db.devices, 'put').mockRejectedValueOnce(quotaError());

    await expect(devices.saveDevice(device)).rejects.toThrow();
    expect(storage.storageHealth.get().problem).toBe('quota');
    expect(await devices.getDevice(device.id)).toBeUndefined();

    await devices.saveDevice(device);
    expect(storage.storageHealth.get().problem).toBeNull();
    expect(await devices.getDevice(device.id)).toBeDefined();
  });

  it('does not call other write errors a full storage', async () => {
    const { storage } = await loadDataLayer();
    await expect(storage.trackWrite(() => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
    expect(storage.storageHealth.get().problem).toBeNull();
  });

  it('recognises the quota errors of browsers and of Dexie', async () => {
    const { storage } = await loadDataLayer();
    expect(storage.isQuotaError(quotaError())).toBe(true);
    expect(storage.isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    const wrapped = Object.assign(new Error('transaction aborted'), { inner: { name: 'QuotaExceededError' } });
    expect(storage.isQuotaError(wrapped)).toBe(true);
    expect(storage.isQuotaError(new DOMException('no', 'NotFoundError'))).toBe(false);
    expect(storage.isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('health listeners', () => {
  it('tells subscribers about a change until they unsubscribe', async () => {
    const { storage } = await loadDataLayer();
    const problems: (string | null)[] = [];
    const unsubscribe = storage.storageHealth.subscribe((health) => problems.push(health.problem));
    storage.reportWriteError(quotaError());
    storage.reportWriteOk();
    unsubscribe();
    storage.reportWriteError(quotaError());
    expect(problems).toEqual(['quota', null]);
  });
});

describe('persistent storage', () => {
  it('asks the browser to persist and records its answer and the estimate', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', {
      storage: {
        persist,
        persisted: async () => false,
        estimate: async () => ({ usage: 2048, quota: 1_000_000 }),
      },
    });
    const { storage } = await loadDataLayer();
    expect(await storage.requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(storage.storageHealth.get().persisted).toBe(true);
    await storage.refreshStorageEstimate();
    expect(storage.storageHealth.get()).toMatchObject({ usage: 2048, quota: 1_000_000 });
  });

  it('answers null when the browser cannot say', async () => {
    vi.stubGlobal('navigator', {});
    const { storage } = await loadDataLayer();
    expect(await storage.requestPersistence()).toBeNull();
    expect(storage.storageHealth.get().persisted).toBeNull();
  });
});
