// A stand-in for a folder of the origin private file system, for the crash copies' tests.
import type { CopyFolder } from '@/data/recordCopies';

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

/** Copies that follow committed writes (tickets, settings) are asked for once a write has committed: a turn of the event loop, then their writes. */
export async function copiesWritten(copies: { settled(): Promise<void> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await copies.settled();
}
