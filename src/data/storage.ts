// Which database the app is using, and the health of on-device storage that the UI reports.
import { createStore, type Store } from '../domain/store';
import { AssistantDb, DB_NAME } from './db';

export type StorageProblem = 'unavailable' | 'quota';

export type StorageHealth = {
  /** 'memory' when IndexedDB could not be opened: work goes on, but is lost on close. */
  mode: 'indexeddb' | 'memory';
  problem: StorageProblem | null;
  /** Whether the browser promised not to evict our data; null when it cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
  /** Stored rows that failed their schema and were skipped. */
  corruptRecords: number;
  /** Records brought back from their copies after the browser deleted a damaged database (src/data/recordCopies.ts). */
  recoveredDrafts: number;
  recoveredDevices: number;
  recoveredTickets: number;
};

let db: AssistantDb | null = null;
/** Whether opening made the database anew: a first start, or a browser that deleted a damaged one. */
let createdAtOpen = false;
/** Whether `db` is the app's own (made here), not one handed in by setDatabase: only that one is made again to retry. */
let madeHere = false;

/** The health of on-device storage, as the banner and the settings show it. */
export const storageHealth: Store<StorageHealth> = createStore<StorageHealth>({
  mode: 'indexeddb',
  problem: null,
  persisted: null,
  usage: null,
  quota: null,
  corruptRecords: 0,
  recoveredDrafts: 0,
  recoveredDevices: 0,
  recoveredTickets: 0,
});

function setHealth(patch: Partial<StorageHealth>): void {
  storageHealth.set({ ...storageHealth.get(), ...patch });
}

/** The database in use; opened on first use with the default name. */
export function getDb(): AssistantDb {
  if (!db) {
    db = new AssistantDb(DB_NAME);
    madeHere = true;
  }
  return db;
}

/** Points the data layer at another database (tests, and the in-memory fallback). */
export function setDatabase(next: AssistantDb): void {
  db = next;
  madeHere = false;
}

/** Waits between tries to open IndexedDB: a browser recovering its files after a crash can refuse the first. */
const OPEN_RETRY_MS = [250, 1000];

/** Opens the database on disk, trying again (a Dexie handle that failed to open stays failed: a new one) before giving up. */
async function openOnDisk(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      getDb().on('populate', () => {
        createdAtOpen = true;
      });
      await getDb().open();
      return;
    } catch (error) {
      const wait = OPEN_RETRY_MS[attempt];
      if (wait === undefined || !madeHere) throw error;
      console.warn('IndexedDB did not open, trying again', error);
      getDb().close();
      db = new AssistantDb(DB_NAME);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * Opens IndexedDB; when it is unavailable (private mode, blocked by policy),
 * falls back to an in-memory IndexedDB so every screen keeps working.
 */
export async function initStorage(): Promise<StorageHealth> {
  try {
    await openOnDisk();
  } catch (error) {
    console.warn('IndexedDB unavailable, keeping data in memory', error);
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    const inMemory = new AssistantDb(DB_NAME, { indexedDB, IDBKeyRange });
    await inMemory.open();
    setDatabase(inMemory);
    setHealth({ mode: 'memory', problem: 'unavailable' });
  }
  await refreshStorageEstimate();
  return storageHealth.get();
}

/** Whether the database on disk was made by this start (see createdAtOpen). */
export function databaseCreatedAtOpen(): boolean {
  return createdAtOpen && storageHealth.get().mode === 'indexeddb';
}

/** Records how many drafts, devices or tickets came back from their copies, for the banner. */
export function reportRecovered(counts: Partial<Pick<StorageHealth, 'recoveredDrafts' | 'recoveredDevices' | 'recoveredTickets'>>): void {
  setHealth(counts);
}

/** Asks the browser to keep our data (drafts and unsent tickets) under storage pressure. */
export async function requestPersistence(): Promise<boolean | null> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persist) return null;
  try {
    const persisted = (await manager.persisted?.()) || (await manager.persist());
    setHealth({ persisted });
    return persisted;
  } catch {
    return null;
  }
}

export async function refreshStorageEstimate(): Promise<void> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.estimate) return;
  try {
    const { usage = null, quota = null } = await manager.estimate();
    const persisted = manager.persisted ? await manager.persisted() : null;
    setHealth({ usage, quota, persisted });
  } catch {
    // An estimate is informative only; its absence changes nothing.
  }
}

/** True for the errors browsers raise when the origin's storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  const names = [error.name, (error as { inner?: { name?: string } }).inner?.name];
  return names.some((name) => name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/**
 * Runs a write and reports its outcome to the storage health, so every repository
 * says "storage is full" the same way. The error is rethrown: the caller (an
 * autosaver, a form) must know the value is not stored yet.
 */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    reportWriteOk();
    return result;
  } catch (error) {
    reportWriteError(error);
    throw error;
  }
}

/** Records a failed write so the UI can say plainly that storage is full. */
export function reportWriteError(error: unknown): void {
  if (isQuotaError(error)) setHealth({ problem: 'quota' });
}

/** Clears a 'quota' problem once a write succeeds again. */
export function reportWriteOk(): void {
  if (storageHealth.get().problem === 'quota') setHealth({ problem: null });
}

// Live queries re-read the same rows on every change: count each corrupt row once.
const corruptSeen = new Set<string>();

/** Counts a stored row that failed its schema: it is skipped, never shown half-parsed. */
export function reportCorruptRecord(table: string, key: unknown, issues: unknown): void {
  const seenKey = `${table}:${JSON.stringify(key) ?? ''}`;
  if (key !== undefined && corruptSeen.has(seenKey)) return;
  if (key !== undefined) corruptSeen.add(seenKey);
  console.warn(`Skipped a corrupt ${table} record`, key, issues);
  setHealth({ corruptRecords: storageHealth.get().corruptRecords + 1 });
}
