// The Content-Security-Policy, requests that never leave the app's origin, markup typed anywhere shown as text, no personal data left in Cache Storage.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demoCase, expectVerdict, fileTicket, resetIntake } from './queue-journey';
import { goOffline, waitForServiceWorker } from './support';

/** What a page under watch saw go wrong: requests elsewhere, policy violations, errors in the console. */
type Watch = { origins: Set<string>; violations: string[]; consoleErrors: string[] };

/** Records every request of the context (pages and the worker) and every policy violation and console error of the page. */
async function watch(context: BrowserContext, page: Page): Promise<Watch> {
  const seen: Watch = { origins: new Set(), violations: [], consoleErrors: [] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') seen.origins.add(url.origin);
    else if (url.protocol !== 'data:' && url.protocol !== 'blob:') seen.origins.add(url.protocol);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.consoleErrors.push(error.message));
  await page.exposeFunction('reportPolicyViolation', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return seen;
}

const XSS = {
  image: '<img src=x onerror="window.__xss=1">',
  script: '"><script>window.__xss=2</script>',
  link: 'javascript:window.__xss=3',
};
const ALL_XSS = `${XSS.image} ${XSS.script} ${XSS.link}`;

/** Nothing typed became markup: no injected element, no javascript: link, no script ran. */
async function expectOnlyText(page: Page): Promise<void> {
  await expect(page.locator('main img, main script, a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
}

test.beforeEach(async ({ request }) => {
  await resetIntake(request);
});

test('the policy is a meta tag of the page and a header of the server, and it is strict', async ({ page, request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  await page.goto('/?lang=en');
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const policy of [header, meta]) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    // JavaScript eval stays forbidden; 'wasm-unsafe-eval' lets only WebAssembly (the barcode reader) compile.
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  }
  // A meta tag cannot forbid framing; only the header does.
  expect(header).toContain("frame-ancestors 'none'");
  expect(meta).not.toContain('frame-ancestors');
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the main journeys ask only the app and its intake, break no policy and log no error', async ({ page, context, baseURL }) => {
  // Every screen of the app and a delivery in one test.
  test.slow();
  const seen = await watch(context, page);
  await page.goto('/?lang=en');
  await waitForServiceWorker(page);

  // Filing a ticket online, its delivery and its verdict.
  await fileTicket(page, demoCase('approved'));
  await expectVerdict(page, 'approved');

  // The IMEI check, the verdict guide, the devices, settings and the other problems.
  await page.goto('/check?lang=en');
  await page.getByLabel('IMEIs to check').fill('IMEI1: 356938035643809\nIMEI2: 356938035643817');
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Found 2 IMEIs.' })).toBeVisible();
  await page.goto('/verdicts?lang=en');
  await page.getByLabel('Paste the message you got').fill('Your parcel is waiting at the post office.');
  await expect(page.getByRole('main').getByRole('status')).toContainText('not one of the eight');
  for (const path of ['/devices/new', '/settings', '/help', '/problems']) {
    await page.goto(`${path}?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // Offline, reloaded from the worker's cache.
  await goOffline(page, context);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);

  // The intake is this origin's /api unless VITE_INTAKE_URL names another.
  const allowed = new Set([new URL(baseURL ?? '').origin]);
  if (process.env.VITE_INTAKE_URL?.startsWith('http')) allowed.add(new URL(process.env.VITE_INTAKE_URL).origin);
  expect([...seen.origins].filter((origin) => !allowed.has(origin))).toEqual([]);
  expect(seen.violations).toEqual([]);
  // Offline, the browser itself may note a failed background request; the app must not.
  expect(seen.consoleErrors).toEqual([]);
});

test('a start with no network makes no request and logs no error', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await waitForServiceWorker(page);
  const seen = await watch(context, page);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The whole start, not only its first paint: the data layer loads in steps after it (leaving the page
  // before they are done would abort their requests, which is not what this test is about).
  await page.waitForLoadState('networkidle');
  await page.goto('/problems?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(failed).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
});

test('markup and javascript: links typed in every field show as text everywhere', async ({ page, context }) => {
  // A device, the check, the guide and a whole ticket in one test.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A device: nickname and model, in the list and on its page.
  await page.goto('/devices/new?lang=en');
  await page.getByLabel('Nickname').fill(XSS.image);
  await page.getByLabel('Model (optional)').fill(`${XSS.script} ${XSS.link}`);
  await page.getByLabel('Correct IMEI 1').fill('356938035643809');
  await page.getByRole('button', { name: 'Save' }).click();
  // Leaving before the save is done would abort it: wait for the app to say it is saved.
  await expect(page.getByText(`Saved “${XSS.image}”.`)).toBeVisible();
  await page.goto('/devices?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: XSS.image })).toBeVisible();
  await expect(page.getByText(XSS.script, { exact: false }).first()).toBeVisible();
  await expectOnlyText(page);

  // The IMEI check reads the digits out of the markup and shows nothing else.
  await page.goto('/check?lang=en');
  await page.getByLabel('IMEIs to check').fill(`${ALL_XSS}\nIMEI: 356938035643809`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Found 1 IMEI.');
  await expectOnlyText(page);

  // The verdict guide's paste box.
  await page.goto('/verdicts?lang=en');
  await page.getByLabel('Paste the message you got').fill(ALL_XSS);
  await expect(page.getByRole('main').getByRole('status')).toContainText('not one of the eight');
  await expectOnlyText(page);

  // A ticket: the description on the review, on the ticket page and in the list.
  const ticket = demoCase('approved');
  await fileTicket(page, ticket, ALL_XSS);
  await expect(page.getByText(ALL_XSS)).toBeVisible();
  await expectOnlyText(page);
  await page.goto('/problems?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectOnlyText(page);
});

test('after a delivery, Cache Storage holds no IMEI and no phone number', async ({ page }) => {
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
  const ticket = demoCase('approved');
  await fileTicket(page, ticket);
  await expectVerdict(page, 'approved');
  const cached = await page.evaluate(async () => {
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        texts.push(`${request.url}\n${(await response?.text()) ?? ''}`);
      }
    }
    return texts;
  });
  expect(cached.length).toBeGreaterThan(0);
  const personal = [...ticket.correctImeis, ...ticket.registeredImeis, ticket.requester.phone].filter((value) => value !== '');
  for (const value of personal) expect(cached.filter((text) => text.includes(value))).toEqual([]);
});
