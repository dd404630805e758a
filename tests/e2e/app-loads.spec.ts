// The built app opens, in Persian by default and in English by ?lang=en, with no accessibility violations.
import { expect, test, type Page, type Route } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test('the app opens in Persian, right to left, with its title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'چه کاری می‌خواهید انجام دهید؟' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.getByRole('link', { name: 'دستیار اصلاح IMEI' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('?lang=en opens the app in English, left to right', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('link', { name: 'IMEI check' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the first paint is the start screen itself, not the empty page before the app draws', async ({ page }) => {
  // The entry script comes late, as over a slow connection: the stylesheet is in long before it.
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
  const paints = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime])),
  );
  // An empty page painted first (the stylesheet's background) would be a first paint well before the first content.
  expect(paints['first-contentful-paint']).toBeGreaterThan(0);
  expect(paints['first-paint']).toBe(paints['first-contentful-paint']);
});

test('an address that does not exist says so and links home', async ({ page }) => {
  await page.goto('/no/such/page?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
});

test('the IMEI check and the verdict guide work while storage is still opening', async ({ page }) => {
  // IndexedDB that never answers, as when another tab holds an older version of the database open.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function stalledOpen(): IDBOpenDBRequest {
      return new EventTarget() as IDBOpenDBRequest;
    };
  });
  await page.goto('/check?lang=en');
  await page.getByLabel('IMEIs to check').fill('356938035643809');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^IMEI 1/ }) })).toContainText('Valid');

  await page.getByRole('link', { name: 'Verdict guide' }).first().click();
  await page.getByLabel('Paste the message you got').fill('درخواست شما بررسی و تایید گردید');
  await expect(page.getByRole('heading', { level: 2, name: 'Approved: the IMEIs were corrected' })).toBeVisible();

  // A screen that shows stored data waits for storage: its placeholder says so, nothing breaks.
  await page.getByRole('link', { name: 'Device management' }).first().click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('…');
});

/** When the page first asked for the data layer's library (Dexie), in ms since navigation; waits until it has. */
async function dataLayerRequestedAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByType('resource').find((entry) => /\/assets\/dexie-[^/]+\.js$/.test(entry.name))?.startTime,
    null,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Opens the IMEI check with the request for its code answered by `answer`: never (a stalled connection), or aborted. */
async function openCheckWhoseCode(page: Page, answer: (route: Route) => unknown): Promise<void> {
  await page.route(/\/assets\/ImeiCheckScreen-[^/]+\.js$/, answer);
  await page.goto('/check?lang=en', { waitUntil: 'domcontentloaded' });
}

/** Storage did open: the device list shows its stored (empty) state. */
async function expectStoredDataShows(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Device management' }).first().click();
  await expect(page.getByText('You have not added a device yet.')).toBeVisible();
}

test('the IMEI check draws before the data layer is even asked for, and the data layer starts after it', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('main textarea')) return;
      Object.assign(window, { checkDrawnAt: performance.now() });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/check?lang=en');
  await expect(page.getByLabel('IMEIs to check')).toBeVisible();
  const requestedAt = await dataLayerRequestedAt(page);
  const drawnAt = await page.evaluate(() => (window as unknown as { checkDrawnAt: number }).checkDrawnAt);
  expect(requestedAt).toBeGreaterThan(drawnAt);
  await expectStoredDataShows(page);
});

test('a screen whose code never arrives holds the data layer back for 3 s at most', async ({ page }) => {
  await openCheckWhoseCode(page, () => undefined);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('…');
  expect(await dataLayerRequestedAt(page)).toBeGreaterThanOrEqual(3000);
});

test('a screen whose code fails to load lets the data layer start at once, without the 3 s wait', async ({ page }) => {
  await openCheckWhoseCode(page, (route) => route.abort());
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'This part of the app could not be opened.Reload the page to try again.',
  );
  // 3 s is how long a screen still loading may hold the data layer back; a failed one holds it no longer.
  expect(await dataLayerRequestedAt(page)).toBeLessThan(3000);
  await expectStoredDataShows(page);
});

test('leaving a screen before its code arrives lets the data layer start at once', async ({ page }) => {
  await openCheckWhoseCode(page, () => undefined);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('…');
  await expectStoredDataShows(page);
  expect(await dataLayerRequestedAt(page)).toBeLessThan(3000);
});

test('when the data layer cannot start at all, screens say so and the start page keeps no empty room', async ({ page }) => {
  // The room a draft card took at an earlier start; this start will never know whether there is a draft.
  await page.addInitScript(() => localStorage.setItem('imei-assistant:continue-draft-room', '205'));
  await page.route(/\/assets\/dexie-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
  await expect.poll(() => page.locator('.continue-slot').evaluate((slot) => slot.getBoundingClientRect().height)).toBe(0);
  await page.getByRole('link', { name: 'Device management' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'This part of the app could not be opened.' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an English page asks for no Persian font, even where it quotes Hamta in Persian; a Persian page does', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2') && !request.serviceWorker()) fonts.push(new URL(request.url()).pathname);
  });
  await page.goto('/verdicts/not-owner?lang=en');
  await expect(page.locator('blockquote[lang="fa"]')).toBeVisible();
  await page.goto('/verdicts?lang=en');
  await expect(page.locator('[lang="fa"]').first()).toBeVisible();
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
  expect(fonts).toEqual([]);

  await page.goto('/?lang=fa');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => fonts.length).toBeGreaterThan(0);
});
