// A stand-in for a folder of the origin private file system, and the set-up every crash copies' test file shares.
import { afterEach, beforeEach } from 'vitest';
import type { AssistantDb } from '@/data/db';
import type { CopyFolder } from '@/data/recordCopies';
import { storageHealth } from '@/data/storage';
import { deleteTestDb, openTestDb } from '../testDb';

export type MemoryFolder = ReturnType<typeof memoryFolder>;

/** The origin private file system's few operations, over a Map; `failWrites` makes every write reject. */
export function memoryFolder(): CopyFolder & { files: Map<string, string>; failWrites: boolean } {
  const files = new Map<string, string>();
  const folder = {
    files,
    failWrites: false,
    async getFileHandle(name: string, options?: { create?: boolean }) {
      if (!files.has(name) && !options?.create) throw new DOMException('not found', 'NotFoundError');
      return {
        getFile: async () => ({ text: async () => files.get(name) ?? '' }),
        createWritable: async () => {
          let written = '';
          return {
            write: async (data: string) => {
              if (folder.failWrites) throw new DOMException('full', 'QuotaExceededError');
              written += data;
            },
            close: async () => {
              files.set(name, written);
            },
          };
        },
      };
    },
    async removeEntry(name: string) {
      if (!files.delete(name)) throw new DOMException('not found', 'NotFoundError');
    },
    async *keys() {
      yield* [...files.keys()];
    },
  };
  return folder;
}

/** Waits for every copy asked for so far: a turn of the event loop (a copy that follows a commit is asked for once the
 * commit is told), then their writes. */
async function copiesWritten(copies: { settled(): Promise<void> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await copies.settled();
}

type Copies = { setFolder(next: CopyFolder | null | undefined): void; settled(): Promise<void> };

/**
 * Each test of the file gets a database of its own and a memory folder for `copies`, and a storage notice with nothing
 * recovered; `db` and `folder` are the current test's.
 */
export function copiesUnderTest(copies: Copies): {
  db: AssistantDb;
  folder: MemoryFolder;
  /** Waits for every copy asked for so far. */
  written(): Promise<void>;
  /** What the browser leaves after deleting a damaged database: an empty one, the copies untouched. */
  loseDatabase(): Promise<void>;
} {
  const written = (): Promise<void> => copiesWritten(copies);
  const test = {
    db: undefined as unknown as AssistantDb,
    folder: memoryFolder(),
    written,
    async loseDatabase() {
      await written();
      await deleteTestDb(test.db);
      test.db = await openTestDb();
    },
  };
  beforeEach(async () => {
    test.db = await openTestDb();
    test.folder = memoryFolder();
    copies.setFolder(test.folder);
    storageHealth.set({ ...storageHealth.get(), recoveredDrafts: 0, recoveredDevices: 0, recoveredTickets: 0 });
  });
  afterEach(async () => {
    await written();
    copies.setFolder(undefined);
    await deleteTestDb(test.db);
  });
  return test;
}
