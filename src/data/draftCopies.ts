// A second copy of every draft, one file each in the origin private file system: Chromium deletes an IndexedDB
// database it finds damaged when it opens it, and a browser killed mid-write (as Android's low-memory killer does)
// can leave it so. The copies let the drafts come back then; they are never read otherwise.
import { ticketDraftSchema, type TicketDraft } from '../domain/schemas';

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

const FOLDER = 'draft-copies';
const SUFFIX = '.json';

let folder: Promise<CopyFolder | null> | null = null;

/**
 * The folder of copies, or null where the browser has no writable origin private file system
 * (Safari before 26 writes there only from workers; private windows may refuse it): drafts are then in IndexedDB only.
 */
function copyFolder(): Promise<CopyFolder | null> {
  folder ??= (async () => {
    try {
      if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) return null;
      const root = await globalThis.navigator?.storage?.getDirectory?.();
      if (!root) return null;
      return (await root.getDirectoryHandle(FOLDER, { create: true })) as unknown as CopyFolder;
    } catch {
      return null;
    }
  })();
  return folder;
}

/** Points the copies at another folder (tests), or back at the browser's with undefined. */
export function setCopyFolder(next: CopyFolder | null | undefined): void {
  folder = next === undefined ? null : Promise.resolve(next);
}

// Latest wins: a copy waiting to be written is replaced by a newer one (its waiters then wait for the newer one),
// and a null draft means "remove it". One file operation at a time, so a slow write never lands after a newer one.
type Job = { draft: TicketDraft | null; settled: Array<() => void> };
const pending = new Map<string, Job>();
let running: Promise<void> | null = null;

function fileName(id: string): string {
  return id + SUFFIX;
}

async function drain(): Promise<void> {
  const target = await copyFolder();
  for (const [id, job] of pending) {
    pending.delete(id);
    try {
      if (!target) continue;
      if (job.draft === null) {
        await target.removeEntry(fileName(id)).catch(() => undefined);
      } else {
        const writable = await (await target.getFileHandle(fileName(id), { create: true })).createWritable();
        // Chromium writes to a side file and swaps it in on close: a kill leaves the old copy or the new one.
        await writable.write(JSON.stringify(job.draft));
        await writable.close();
      }
    } catch (error) {
      // IndexedDB still holds the draft; the copy is a second chance, not the record.
      console.warn('A draft copy could not be written', error);
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

function enqueue(id: string, draft: TicketDraft | null): Promise<void> {
  return new Promise((resolve) => {
    const settled = [...(pending.get(id)?.settled ?? []), resolve];
    pending.set(id, { draft, settled });
    kick();
  });
}

/** Keeps a copy of this draft as stored; resolves once it (or a newer one) is written, or could not be. Never rejects. */
export function copyDraft(draft: TicketDraft): Promise<void> {
  return enqueue(draft.id, draft);
}

/** Removes a draft's copy (submitted, deleted). */
export function dropDraftCopy(id: string): Promise<void> {
  return enqueue(id, null);
}

/** Resolves when every copy asked for so far is written or removed. */
export async function copiesSettled(): Promise<void> {
  while (running) await running;
}

/** Removes every copy at once (a kiosk's next customer); waits for a write under way so none lands after. */
export async function dropAllDraftCopies(): Promise<void> {
  for (const id of pending.keys()) void enqueue(id, null);
  await copiesSettled();
  const target = await copyFolder();
  if (!target) return;
  const names: string[] = [];
  for await (const name of target.keys()) names.push(name);
  for (const name of names) await target.removeEntry(name).catch(() => undefined);
}

/** Every copy that reads as a draft; a damaged file is skipped (and removed: it can never be used). */
export async function readDraftCopies(): Promise<TicketDraft[]> {
  await copiesSettled();
  const target = await copyFolder();
  if (!target) return [];
  const drafts: TicketDraft[] = [];
  try {
    for await (const name of target.keys()) {
      if (!name.endsWith(SUFFIX)) continue;
      const parsed = await target
        .getFileHandle(name)
        .then(async (file) => ticketDraftSchema.safeParse(JSON.parse(await (await file.getFile()).text())))
        .catch(() => null);
      if (parsed?.success && fileName(parsed.data.id) === name) drafts.push(parsed.data);
      else await target.removeEntry(name).catch(() => undefined);
    }
  } catch (error) {
    console.warn('The draft copies could not be read', error);
  }
  return drafts;
}
