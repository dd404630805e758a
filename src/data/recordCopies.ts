// A second copy of every record of one kind (drafts, devices), one file each in a folder of the origin private file
// system: Chromium deletes an IndexedDB database it finds damaged when it opens it, and a browser killed mid-write (as
// Android's low-memory killer does) can leave it so. The copies let the records come back then; they are never read
// otherwise.
import type { z } from 'zod/mini';
import { watchCommits } from './db';
import { parseRow } from './records';
import { getDb, reportRecovered, trackWrite, type StorageHealth } from './storage';

/** The few directory operations used here: the origin private file system's, or a test's stand-in. */
export type CopyFolder = {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<CopyFile>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
};
type CopyFile = {
  getFile(): Promise<{ text(): Promise<string> }>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
};

/** A record with no `updatedAt` (a ticket, the settings) is never put back over its stored version: its copy is rewritten. */
type CopiedRecord = { id: string; updatedAt?: string };

/**
 * What a kind of record keeps copies of: its folder, its schema, its table, and its count in the storage notice, if
 * any. `followsCommits`: the copies follow every committed write to the table, whichever code made it (src/data/db.ts);
 * otherwise the kind's code asks for them (drafts: written beside the draft, not after it).
 */
type CopiedKind<T> = {
  folder: string;
  schema: z.ZodMiniType<T>;
  table: 'drafts' | 'devices' | 'tickets' | 'settings';
  recoveredAs?: keyof Pick<StorageHealth, 'recoveredDrafts' | 'recoveredDevices' | 'recoveredTickets'>;
  followsCommits?: boolean;
};

export type RecordCopies<T extends CopiedRecord> = {
  /** Keeps a copy of this record as stored; resolves once it (or a newer one) is written, or could not be. Never rejects. */
  copy(record: T): Promise<void>;
  /** Removes a record's copy (deleted, submitted). */
  drop(id: string): Promise<void>;
  /** Resolves when every copy asked for so far is written or removed. */
  settled(): Promise<void>;
  /** Removes every copy at once (a kiosk's next customer); waits for a write under way so none lands after. */
  dropAll(): Promise<void>;
  /** Every copy that reads as a record; a damaged file is skipped (and removed: it can never be used). */
  read(): Promise<T[]>;
  /** Points the copies at another folder (tests), or back at the browser's with undefined. */
  setFolder(next: CopyFolder | null | undefined): void;
  /**
   * At start, before anything reads the table when the database was made anew (`recreated`, src/data/storage.ts's
   * databaseCreatedAtOpen): copies existing then mean the browser deleted a damaged one (after a crash), so every
   * copied record comes back, and the storage notice says how many. Otherwise a copy newer than its stored record (a
   * write IndexedDB lost) wins, a copy its record moved on from is rewritten, a copy whose record is gone is removed,
   * and a record without a copy gets one. Returns how many came back.
   */
  recover(recreated: boolean): Promise<number>;
};

const SUFFIX = '.json';

function fileName(id: string): string {
  return id + SUFFIX;
}

export function recordCopies<T extends CopiedRecord>({
  folder: folderName,
  schema,
  table,
  recoveredAs,
  followsCommits,
}: CopiedKind<T>): RecordCopies<T> {
  let folder: Promise<CopyFolder | null> | null = null;

  /**
   * The folder of copies, or null where the browser has no writable origin private file system
   * (Safari before 26 writes there only from workers; private windows may refuse it): records are then in IndexedDB only.
   */
  function copyFolder(): Promise<CopyFolder | null> {
    folder ??= (async () => {
      try {
        if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) return null;
        const root = await globalThis.navigator?.storage?.getDirectory?.();
        if (!root) return null;
        return (await root.getDirectoryHandle(folderName, { create: true })) as unknown as CopyFolder;
      } catch {
        return null;
      }
    })();
    return folder;
  }

  // Latest wins: a copy waiting to be written is replaced by a newer one (its waiters then wait for the newer one),
  // and a null record means "remove it". One file operation at a time, so a slow write never lands after a newer one.
  type Job = { record: T | null; settled: Array<() => void> };
  const pending = new Map<string, Job>();
  let running: Promise<void> | null = null;

  async function drain(): Promise<void> {
    const target = await copyFolder();
    for (const [id, job] of pending) {
      pending.delete(id);
      try {
        if (!target) continue;
        if (job.record === null) {
          await target.removeEntry(fileName(id)).catch(() => undefined);
        } else {
          const writable = await (await target.getFileHandle(fileName(id), { create: true })).createWritable();
          // Chromium writes to a side file and swaps it in on close: a kill leaves the old copy or the new one.
          await writable.write(JSON.stringify(job.record));
          await writable.close();
        }
      } catch (error) {
        // IndexedDB still holds the record; the copy is a second chance, not the record.
        console.warn('A crash copy could not be written', error);
      } finally {
        for (const settle of job.settled) settle();
      }
    }
  }

  function kick(): void {
    if (running) return;
    running = drain().finally(() => {
      running = null;
      if (pending.size > 0) kick();
    });
  }

  function enqueue(id: string, record: T | null): Promise<void> {
    return new Promise((resolve) => {
      const settled = [...(pending.get(id)?.settled ?? []), resolve];
      pending.set(id, { record, settled });
      kick();
    });
  }

  async function settled(): Promise<void> {
    while (running) await running;
  }

  async function read(): Promise<T[]> {
    await settled();
    const target = await copyFolder();
    if (!target) return [];
    const records: T[] = [];
    try {
      for await (const name of target.keys()) {
        if (!name.endsWith(SUFFIX)) continue;
        const parsed = await target
          .getFileHandle(name)
          .then(async (file) => schema.safeParse(JSON.parse(await (await file.getFile()).text())))
          .catch(() => null);
        if (parsed?.success && fileName(parsed.data.id) === name) records.push(parsed.data);
        else await target.removeEntry(name).catch(() => undefined);
      }
    } catch (error) {
      console.warn('The crash copies could not be read', error);
    }
    return records;
  }

  if (followsCommits) {
    watchCommits(table, (stored, deleted) => {
      // Rows are parsed before they are stored; a copy is parsed again when it is read.
      for (const record of stored) void enqueue((record as T).id, record as T);
      for (const id of deleted) void enqueue(id as string, null);
    });
  }

  return {
    copy: (record) => enqueue(record.id, record),
    drop: (id) => enqueue(id, null),
    settled,
    async dropAll() {
      for (const id of pending.keys()) void enqueue(id, null);
      await settled();
      const target = await copyFolder();
      if (!target) return;
      const names: string[] = [];
      for await (const name of target.keys()) names.push(name);
      for (const name of names) await target.removeEntry(name).catch(() => undefined);
    },
    read,
    setFolder(next) {
      folder = next === undefined ? null : Promise.resolve(next);
    },
    async recover(recreated) {
      const found = await read();
      // Where there can be no copies (no writable origin private file system), no record waits for one.
      const copying = (await copyFolder()) !== null;
      const rows = getDb().table(table);
      const restored = await trackWrite(() =>
        getDb().transaction('rw', rows, async () => {
          let count = 0;
          // One request for all of them: this transaction holds the table while it runs (hundreds of tickets on a kiosk).
          const stored: unknown[] = await rows.bulkGet(found.map((copy) => copy.id));
          for (const [index, copy] of found.entries()) {
            const raw = stored[index];
            // The usual case, nothing to do: the copy is what is stored. A missing record (its JSON undefined) never is.
            if (JSON.stringify(raw) === JSON.stringify(copy)) continue;
            const row: T | undefined = parseRow(rows.name, schema, raw);
            if (raw === undefined && !recreated) {
              void enqueue(copy.id, null);
            } else if (row === undefined || Date.parse(copy.updatedAt ?? '') > Date.parse(row.updatedAt ?? '')) {
              await rows.put(copy);
              count += 1;
            } else {
              // A copy the last start did not get to write: it may still hold what a kiosk's purge removed.
              void enqueue(row.id, row);
            }
          }
          // A record stored before its kind kept copies (an update of the app) gets its copy now.
          const copied = new Set(found.map((copy) => copy.id));
          for (const id of copying ? await rows.toCollection().primaryKeys() : []) {
            const row: T | undefined = copied.has(id as string) ? undefined : parseRow(rows.name, schema, await rows.get(id));
            if (row) void enqueue(row.id, row);
          }
          return count;
        }),
      ).catch(() => 0);
      if (recreated && restored > 0 && recoveredAs) reportRecovered({ [recoveredAs]: restored });
      return restored;
    },
  };
}
