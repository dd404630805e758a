// What many journeys share: waiting for the offline-capable app, going offline, seeding tickets, the accessibility scan.
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Waits until the service worker controls the page: only then does the app work offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(null), { once: true }));
    }
  });
}

/**
 * Waits until the worker keeps a part used by few (src/sw/runtimeCaches.ts), so it works offline from then on:
 * every file of that part this page has loaded (its script and its styles) is in the part's cache.
 */
export async function waitForFirstUsePart(page: Page, part: 'kiosk' | 'barcode-reader'): Promise<void> {
  const prefix = part === 'kiosk' ? '/assets/kiosk' : '/assets/barcode-reader-';
  await expect
    .poll(
      async () =>
        page.evaluate(
          async ({ name, start }) => {
            // The links the app added for the part's script and styles (a test's fake clock hides performance entries).
            const linked = [...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((link) => link.href);
            const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
            const loaded = [...new Set([...linked, ...fetched].map((url) => new URL(url).pathname))].filter((path) =>
              path.startsWith(start),
            );
            if (loaded.length === 0 || !(await caches.has(name))) return false;
            const kept = new Set((await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname));
            return loaded.every((path) => kept.has(path));
          },
          { name: part, start: prefix },
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Cuts the network once the app can work without it. */
export async function goOffline(page: Page, context: BrowserContext): Promise<void> {
  await waitForServiceWorker(page);
  await context.setOffline(true);
}

/** axe finds nothing on the page as it is now; a failure names each rule and where it broke. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The error a field names through aria-describedby. */
export async function describedError(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  expect(ids).toHaveLength(1);
  return (await field.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

/** A text as typed on a Persian keyboard. */
export function persianDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'.charAt(Number(digit)));
}

/** Writes ticket rows straight into the app's database, as the app keeps them (journeys that start from a ticket). */
export async function putTickets(page: Page, rows: readonly Record<string, unknown>[]): Promise<void> {
  await page.evaluate(async (tickets) => {
    // Opened only once the app has made it: opening a database that does not exist yet would make an empty one.
    for (let waited = 0; !(await indexedDB.databases()).some((info) => info.name === 'imei-assistant'); waited += 50) {
      if (waited > 15_000) throw new Error('the app never made its database');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('imei-assistant');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('tickets', 'readwrite');
      for (const row of tickets) tx.objectStore('tickets').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}
