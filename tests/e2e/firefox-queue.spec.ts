// The queue journey in stock Firefox ESR, which has no Background Sync (like Safari): a ticket filed offline waits,
// survives a reload served by the service worker, and is delivered once when the network is back, under the app's CSP.
//
// Playwright cannot drive stock Firefox, so Playwright's runner only provides the preview server, the demo intake and
// `request`; the browser is Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi.
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_START_TIMEOUT_MS, firefoxLaunchOptions } from '../support/firefox';
import { firefoxProxyPrefs, startNetworkSwitch, type NetworkSwitch } from '../support/networkSwitch';
import { demoCase, postsFor, resetIntake, type DemoCase } from './queue-journey';

// 10 s, as Playwright's `expect` here; delivery and review get the 30 s the Chromium journeys give them.
const STEP_TIMEOUT_MS = 10_000;
const DELIVERY_TIMEOUT_MS = 30_000;

let network: NetworkSwitch;
let browser: Browser;

test.beforeAll(async ({ baseURL }) => {
  // Firefox's start, with a little room for the switch started before it.
  test.setTimeout(FIREFOX_START_TIMEOUT_MS + 10_000);
  network = await startNetworkSwitch(new URL(baseURL ?? '').origin);
  browser = await puppeteer.launch(firefoxLaunchOptions(firefoxProxyPrefs(network)));
});

test.afterAll(async () => {
  await browser?.close();
  await network?.close();
});

test.beforeEach(async ({ request }) => {
  await resetIntake(request);
});

test('in Firefox, a ticket filed offline stays queued through a reload and is delivered once when the network is back', async ({
  baseURL,
  request,
}) => {
  // Every keystroke and click is a WebDriver BiDi round trip: ≈ 20 s on a quiet machine, up to 50 s on a busy one.
  test.setTimeout(90_000);
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const trouble = await watchTrouble(page);

  await page.goto(`${baseURL}/problems?lang=en`);
  await waitForServiceWorker(page);
  // The path under test: Firefox has no Background Sync, so the app itself must replay the queue.
  expect(await page.evaluate(() => 'SyncManager' in window)).toBe(false);
  // The browser's traffic goes through the switch, so turning it off cuts the service worker too.
  expect(network.forwarded()).toBeGreaterThan(0);

  await goOffline(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const id = await fileTicket(page, `${baseURL}/problems?lang=en`, demoCase('approved'));
  await expectStatus(page, 'queued');
  await page.waitForSelector(byRole('link', '1 waiting to be sent'));

  // The reload is served from the service worker's cache; the ticket is still waiting, and nothing reached the intake.
  await page.reload();
  await expectStatus(page, 'queued');
  await page.waitForSelector(byRole('link', '1 waiting to be sent'));
  expect(await postsFor(request, id)).toEqual([]);

  await goOnline(page);
  await expectStatus(page, 'reviewed', DELIVERY_TIMEOUT_MS);
  const verdictLink = await page.waitForSelector(byRole('link', 'What this answer means and what to do now'));
  expect(await verdictLink?.evaluate((link) => link.getAttribute('href'))).toMatch(/\/verdicts\/approved(\?|$)/);
  await page.waitForFunction(() => !document.body.innerText.includes('waiting to be sent'));
  // Delivered once: the intake answered exactly one POST for this ticket, and created it.
  expect(await postsFor(request, id)).toEqual([201]);

  // Under the Content-Security-Policy, the whole journey broke no rule and logged no error.
  expect(trouble).toEqual({ policyViolations: [], errors: [] });
  // The watch does hear Firefox: an image from elsewhere is blocked and reported.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: 'https://example.invalid/x.png' })));
  await expect.poll(() => trouble.policyViolations).toContainEqual(expect.stringContaining('img-src blocked https://example.invalid'));
  await page.close();
});

/**
 * Offline in two halves, because Firefox's offline emulation stops at the tab. WebDriver BiDi's
 * emulation.setNetworkConditions (what puppeteer's setOfflineMode sends) cancels the requests of the tab's documents and
 * turns navigator.onLine false, with the 'online' event on the way back; but the service worker belongs to no tab, and
 * its fetches would still reach the intake. So the network switch also cuts every connection the browser makes, as a
 * lost mobile network does.
 */
async function goOffline(page: Page): Promise<void> {
  network.setOnline(false);
  await page.setOfflineMode(true);
}

/** The network is back: connections first, then the tab, so the 'online' event finds a working link. */
async function goOnline(page: Page): Promise<void> {
  network.setOnline(true);
  await page.setOfflineMode(false);
}

/** What went wrong in the page, across reloads: Content-Security-Policy violations, console errors, uncaught errors. */
type Trouble = { policyViolations: string[]; errors: string[] };

/**
 * Firefox writes its own CSP warnings to the browser console, which WebDriver BiDi does not forward; the page's
 * `securitypolicyviolation` event is what reports them here. Console messages that name the policy count too.
 */
async function watchTrouble(page: Page): Promise<Trouble> {
  const trouble: Trouble = { policyViolations: [], errors: [] };
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|\bCSP\b/i.test(message.text())) trouble.policyViolations.push(`console: ${message.text()}`);
    else if (message.type() === 'error') trouble.errors.push(message.text());
  });
  page.on('pageerror', (error) => trouble.errors.push(String(error)));
  await page.exposeFunction('reportPolicyViolation', (text: string) => trouble.policyViolations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => Promise<void> }).reportPolicyViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return trouble;
}

/** Waits until the service worker controls the page: only then does the app work offline. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(null), { once: true }));
    }
  });
}

/** A puppeteer ARIA selector: the element a screen reader announces with this role and name. */
function byRole(role: string, name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
}

/** Waits for the ticket page's "Status: …" line to read `status`; a timeout names the status shown instead. */
async function expectStatus(page: Page, status: string, timeout = STEP_TIMEOUT_MS): Promise<void> {
  const wanted = `Status: ${status}`;
  try {
    await page.waitForFunction(
      (line: string) => [...document.querySelectorAll('body *')].some((element) => element.textContent?.trim() === line),
      { timeout },
      wanted,
    );
  } catch {
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .map((element) => element.textContent?.trim() ?? '')
        .filter((line) => line.startsWith('Status: ')),
    );
    expect(shown, `the ticket's status after ${timeout} ms`).toContain(wanted);
  }
}

/** Files a demo case through the wizard as a user would, the same steps as the Chromium journeys; returns its id. */
async function fileTicket(page: Page, problemsUrl: string, ticket: DemoCase): Promise<string> {
  await page.goto(problemsUrl);
  await page.locator(byRole('button', 'Create')).click();
  await page.waitForSelector(byRole('heading', 'Select the problem subject'));
  await next(page); // subject
  await next(page); // guide
  await fill(page, 'Correct IMEI 1', ticket.correctImeis[0] ?? '');
  await fill(page, 'Correct IMEI 2', ticket.correctImeis[1] ?? '');
  await fill(page, 'Phone number', ticket.requester.phone);
  await next(page);
  await fill(page, 'Hamta IMEI 1', ticket.registeredImeis[0] ?? '');
  if (ticket.registeredImeis[1]) await fill(page, 'Hamta IMEI 2', ticket.registeredImeis[1]);
  await next(page);
  for (const [slot, done] of ticket.slotChecks.entries()) {
    if (!done) continue;
    const group = await page.waitForSelector(byRole('group', `Slot ${slot + 1}`));
    for (const box of (await group?.$$('::-p-aria([role="checkbox"])')) ?? []) {
      if (!(await box.evaluate((input) => (input as HTMLInputElement).checked))) await box.click();
    }
  }
  await next(page);
  await fill(page, 'Description', ticket.description);
  await next(page);
  await page.waitForSelector(byRole('heading', 'Review'));
  await page.locator(byRole('button', 'Submit')).click();
  await page.waitForFunction(() => location.pathname.startsWith('/problems/tickets/'));
  const id = /\/problems\/tickets\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No ticket id in ${page.url()}`);
  return decodeURIComponent(id);
}

/** Types into the text field with this label. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.locator(byRole('textbox', label)).fill(value);
}

/** "Next", then wait until the wizard shows the following step ("Step n of m" changes). */
async function next(page: Page): Promise<void> {
  const before = await page.evaluate(() => /Step \d+ of \d+/.exec(document.body.innerText)?.[0] ?? '');
  await page.locator(byRole('button', 'Next')).click();
  await page.waitForFunction((step: string) => (/Step \d+ of \d+/.exec(document.body.innerText)?.[0] ?? '') !== step, {}, before);
}
