// Keystroke to IndexedDB: how long after a key is pressed in the wizard its character is stored.
import type { Browser } from '@playwright/test';
import { KEEP_NAMES_SHIM, median, percentile } from './reload';

/** Far past the budget's p95 (300 ms): a key not stored by then never will be. */
const NEVER_STORED_MS = 10_000;

export type KeystrokeFigures = { medianMs: number; p95Ms: number; keys: number };

/**
 * Types into the wizard's description one key at a time, at a person's pace, and for
 * each key polls the drafts store (outside Dexie, as a reopened page would read it)
 * until the text typed so far is there.
 */
export async function measureKeystrokes(browser: Browser, base: string, keys = 40): Promise<KeystrokeFigures> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/problems?lang=en`);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/problems\/drafts\//);
    const draftId = decodeURIComponent(/\/problems\/drafts\/([^/?]+)/.exec(page.url())?.[1] ?? '');
    const next = async (): Promise<void> => {
      const stepOf = page.getByText(/^Step \d+ of \d+$/);
      const before = (await stepOf.textContent()) ?? '';
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await stepOf.filter({ hasNotText: before }).waitFor();
    };
    await next(); // subject
    await next(); // guide
    await page.getByLabel('Correct IMEI 1', { exact: true }).fill('350281374182634');
    await page.getByLabel('Correct IMEI 2', { exact: true }).fill('350281374182717');
    await page.getByLabel('Phone number', { exact: true }).fill('09120000001');
    await next();
    await page.getByLabel('Hamta IMEI 1', { exact: true }).fill('350281374182634');
    await page.getByLabel('Hamta IMEI 2', { exact: true }).fill('350281375582717');
    await next();
    await next(); // checklist
    const box = page.getByLabel('Description', { exact: true });
    await box.focus();
    const latencies: number[] = [];
    let typed = '';
    for (let index = 0; index < keys; index += 1) {
      const key = String.fromCharCode(97 + (index % 26));
      typed += key;
      await page.evaluate(() => {
        document.addEventListener('keydown', (event) => ((window as { keyAt?: number }).keyAt = event.timeStamp), {
          once: true,
          capture: true,
        });
      });
      await page.keyboard.press(key);
      const latency = await page.evaluate(
        async ({ id, expected, neverStoredMs }) => {
          const readDescription = (): Promise<string> =>
            new Promise((resolve, reject) => {
              const open = indexedDB.open('imei-assistant');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const get = db.transaction('drafts').objectStore('drafts').get(id);
                get.onsuccess = () => {
                  db.close();
                  const draft = get.result as { description?: string } | undefined;
                  resolve(draft?.description ?? '');
                };
                get.onerror = () => reject(get.error);
              };
            });
          const pressedAt = performance.now();
          while (!(await readDescription()).endsWith(expected)) {
            // Never stored: the key went elsewhere, or the autosave is broken. Either way not a latency to wait for.
            if (performance.now() - pressedAt > neverStoredMs)
              throw new Error(`"${expected}" was not stored ${neverStoredMs} ms after its last key`);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          return performance.now() - ((window as { keyAt?: number }).keyAt ?? performance.now());
        },
        { id: draftId, expected: typed, neverStoredMs: NEVER_STORED_MS },
      );
      latencies.push(latency);
    }
    return { medianMs: median(latencies), p95Ms: percentile(latencies, 0.95), keys };
  } finally {
    await context.close();
  }
}
