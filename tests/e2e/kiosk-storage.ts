// Everything a browser keeps for the app's origin, read back as text: to prove a customer left nothing behind.
import type { Page } from '@playwright/test';

/** One place the origin keeps data, and its contents as text. */
export type StoredText = { where: string; text: string };

/**
 * Every record of every IndexedDB database, every response in Cache Storage, every file
 * in the origin private file system, and localStorage and sessionStorage. Binary values (a queued request's body)
 * are decoded as UTF-8, so nothing hides in an ArrayBuffer or a Blob.
 */
export async function dumpStorage(page: Page): Promise<StoredText[]> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder();
    async function asText(value: unknown): Promise<string> {
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer) return decoder.decode(value);
      if (ArrayBuffer.isView(value)) return decoder.decode(value);
      if (Array.isArray(value)) return (await Promise.all(value.map(asText))).join('\n');
      if (value instanceof Date) return value.toISOString();
      if (value !== null && typeof value === 'object') {
        const parts: string[] = [];
        for (const [key, inner] of Object.entries(value)) parts.push(`${key}: ${await asText(inner)}`);
        return parts.join('\n');
      }
      return String(value);
    }
    function request<T>(call: IDBRequest<T>): Promise<T> {
      return new Promise((resolve, reject) => {
        call.onsuccess = () => resolve(call.result);
        call.onerror = () => reject(call.error);
      });
    }
    const found: { where: string; text: string }[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await request(db.transaction(store).objectStore(store).getAll());
        found.push({ where: `indexeddb:${info.name}/${store}`, text: await asText(rows) });
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        const response = await cache.match(key);
        found.push({ where: `cache:${name}`, text: `${key.url}\n${response ? await response.text() : ''}` });
      }
    }
    // The origin private file system (the crash copies), every folder. The app may remove a file
    // between its listing and its reading (a start's upkeep): a file gone by then holds nothing.
    function gone(error: unknown): boolean {
      return error instanceof DOMException && error.name === 'NotFoundError';
    }
    async function readFolder(folder: FileSystemDirectoryHandle, path: string): Promise<void> {
      const entries = (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries();
      try {
        for await (const [name, handle] of entries) {
          if (handle instanceof FileSystemDirectoryHandle) await readFolder(handle, `${path}${name}/`);
          else if (handle instanceof FileSystemFileHandle) {
            try {
              found.push({ where: `opfs:${path}${name}`, text: await (await handle.getFile()).text() });
            } catch (error) {
              if (!gone(error)) throw error;
            }
          }
        }
      } catch (error) {
        if (!gone(error)) throw error;
      }
    }
    if (navigator.storage?.getDirectory) await readFolder(await navigator.storage.getDirectory(), '/');
    for (const [label, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index) ?? '';
        found.push({ where: label, text: `${key}\n${storage.getItem(key) ?? ''}` });
      }
    }
    return found;
  });
}

/** A value as a person may have typed it: ASCII, Persian and Arabic-Indic digits. */
export function inEveryDigitScript(value: string): string[] {
  const script = (digits: string): string => value.replace(/[0-9]/g, (digit) => digits.charAt(Number(digit)));
  return [value, script('۰۱۲۳۴۵۶۷۸۹'), script('٠١٢٣٤٥٦٧٨٩')];
}

/** Where in the dump any of the values appears, in any digit script. */
export function placesHolding(dump: StoredText[], values: string[]): string[] {
  const needles = values.flatMap(inEveryDigitScript);
  const places = dump.filter((entry) => needles.some((needle) => entry.text.includes(needle))).map((entry) => entry.where);
  return [...new Set(places)].sort();
}
