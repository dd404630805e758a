// The submission queue's entries in the worker's own IndexedDB database, and the move of those a Workbox build left.
import { z } from 'zod/mini';
import { entryMetaSchema, type EntryStore, type StoredEntry } from './submissionQueue';

const DB_NAME = 'ticket-queue';
const STORE = 'entries';

/**
 * Workbox's queue database (builds before this one used workbox-background-sync): a device updating may have tickets
 * waiting there, in its object store `requests`, tagged with the queue's name.
 */
export const WORKBOX_DB = 'workbox-background-sync';
const WORKBOX_STORE = 'requests';
const WORKBOX_QUEUE = 'tickets';
const workboxRowSchema = z.object({ id: z.number(), queueName: z.string() });

/** One queued POST (the queue sends nothing else; its body is the ticket's JSON), when it was queued, and the queue's notes. */
const entryRecordSchema = z.object({
  url: z.string(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  body: z.string(),
  timestamp: z.number(),
  metadata: entryMetaSchema,
});
type EntryRecord = z.infer<typeof entryRecordSchema>;

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A failed request aborts its transaction: the abort is the one place to hear of it.
    transaction.onabort = () => reject(transaction.error);
  });
}

async function toRecord({ request, timestamp, metadata }: StoredEntry): Promise<EntryRecord> {
  const headers: EntryRecord['headers'] = [];
  request.headers.forEach((value, name) => headers.push({ name, value }));
  const body = await request.clone().text();
  return { url: request.url, headers, body, timestamp: timestamp ?? Date.now(), metadata };
}

function parseRecord(row: unknown): EntryRecord | null {
  const parsed = entryRecordSchema.safeParse(row);
  if (!parsed.success) console.warn('Dropped a queue entry that is not one', parsed.error);
  return parsed.data ?? null;
}

function toEntry(row: unknown): StoredEntry | null {
  const record = parseRecord(row);
  if (!record) return null;
  const { url, headers, body, timestamp, metadata } = record;
  const request = new Request(url, { method: 'POST', headers: headers.map(({ name, value }): [string, string] => [name, value]), body });
  return { request, timestamp, metadata };
}

/** The shape Workbox kept: the request under `requestData`, its headers as an object, its body an ArrayBuffer. */
type WorkboxRow = {
  requestData?: { url?: unknown; headers?: object; body?: unknown };
  timestamp?: unknown;
  metadata?: unknown;
};

/** A Workbox entry in this store's shape, for the schema to judge. */
function fromWorkbox(row: WorkboxRow): unknown {
  const { requestData, timestamp, metadata } = row;
  return {
    url: requestData?.url,
    headers: Object.entries(requestData?.headers ?? {}).map(([name, value]: [string, unknown]) => ({ name, value })),
    body: requestData?.body instanceof ArrayBuffer ? new TextDecoder().decode(requestData.body) : undefined,
    timestamp,
    metadata,
  };
}

/** An existing database, or null: opening one that is not there would create it, so that is aborted. */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
}

/**
 * Moves the tickets Workbox's queue holds into ours, then deletes them there. Ours is written first: a worker stopped
 * in between leaves a copy in both, sent twice at worst, and the intake files it once (its Idempotency-Key).
 */
async function adoptWorkboxEntries(db: IDBDatabase): Promise<void> {
  const workbox = await openExisting(WORKBOX_DB);
  if (!workbox) return;
  try {
    if (!workbox.objectStoreNames.contains(WORKBOX_STORE)) return;
    const rows: unknown[] = await settled(workbox.transaction(WORKBOX_STORE).objectStore(WORKBOX_STORE).getAll());
    const ours = rows.flatMap((row) => {
      const tagged = workboxRowSchema.safeParse(row);
      return tagged.success && tagged.data.queueName === WORKBOX_QUEUE ? [{ id: tagged.data.id, row }] : [];
    });
    if (ours.length === 0) return;
    const adding = db.transaction(STORE, 'readwrite');
    for (const { row } of ours) {
      const record = parseRecord(fromWorkbox(row as WorkboxRow));
      if (record) adding.objectStore(STORE).add(record);
    }
    await committed(adding);
    const deleting = workbox.transaction(WORKBOX_STORE, 'readwrite');
    for (const { id } of ours) deleting.objectStore(WORKBOX_STORE).delete(id);
    await committed(deleting);
  } finally {
    workbox.close();
  }
}

function openQueueDb(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
  return settled(request);
}

/** The queue's store, first in first out; an entry put back goes in front. Opens (and adopts Workbox's entries) on first use. */
export function createQueueStore(): EntryStore {
  let opened: Promise<IDBDatabase> | null = null;
  const database = (): Promise<IDBDatabase> =>
    (opened ??= openQueueDb().then(async (db) => {
      await adoptWorkboxEntries(db).catch((error: unknown) => console.warn('Could not move the Workbox queue', error));
      return db;
    }));

  async function add(entry: StoredEntry, inFront: boolean): Promise<void> {
    // The body is read before the transaction opens: a transaction ends at the first wait for anything else.
    const record = await toRecord(entry);
    const transaction = (await database()).transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    if (inFront) {
      const first = await settled(store.openKeyCursor());
      store.add(first ? { ...record, id: Number(first.key) - 1 } : record);
    } else {
      store.add(record);
    }
    await committed(transaction);
  }

  return {
    pushRequest: (entry) => add(entry, false),
    unshiftRequest: (entry) => add(entry, true),
    async shiftRequest(): Promise<StoredEntry | undefined> {
      const transaction = (await database()).transaction(STORE, 'readwrite');
      const cursors = transaction.objectStore(STORE).openCursor();
      let entry: StoredEntry | null = null;
      // Read and delete in one transaction: an entry is never handed out twice.
      await new Promise<void>((resolve, reject) => {
        cursors.onerror = () => reject(cursors.error);
        cursors.onsuccess = () => {
          const cursor = cursors.result;
          if (!cursor) return resolve();
          cursor.delete();
          entry = toEntry(cursor.value);
          if (entry) resolve();
          else cursor.continue();
        };
      });
      await committed(transaction);
      return entry ?? undefined;
    },
    async getAll(): Promise<StoredEntry[]> {
      const rows: unknown[] = await settled((await database()).transaction(STORE).objectStore(STORE).getAll());
      return rows.map(toEntry).filter((entry) => entry !== null);
    },
  };
}
