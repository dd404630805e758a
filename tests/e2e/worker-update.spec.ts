// A ticket waiting in the service worker's queue survives an app update: the new worker takes the queue over and the
// intake gets the ticket exactly once when it can be reached again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { demoCase, expectVerdict, fileTicket, postsFor, resetIntake, ticketStatus, waitForServiceWorker } from './queue-journey';

/** The built worker in this run's build folder (E2E_OUT_DIR, as in playwright.config.ts), which the preview server serves. */
const WORKER_PATH = join(process.env.E2E_OUT_DIR ?? 'dist', 'sw.js');
const NEXT_VERSION = 'next';
const RELEASE_MARK = `\n// Release ${NEXT_VERSION}.\n`;
/** As built: a run stopped before it could put the file back left the release below appended, which is cut off. */
const BUILT_WORKER = readFileSync(WORKER_PATH, 'utf8').split(RELEASE_MARK)[0] ?? '';

/**
 * The next release of the worker: the built one plus a few bytes, which is all the browser needs to install it as a
 * new version. It is written over sw.js in the build folder, and put back after the test. A route cannot serve it:
 * the browser fetches a worker's script itself, past the context's routes (tried: the route is never called). The
 * preview server (sirv in its dev mode) reads a file from disk on every request, so the new bytes are what the
 * browser's next update check gets. The added listener answers which version is running, and nothing else: the
 * app's own message handler ignores messages it does not know.
 */
const NEXT_WORKER = `${BUILT_WORKER}${RELEASE_MARK}self.addEventListener('message', (event) => {
  if (event.data === 'which-version') event.ports[0]?.postMessage('${NEXT_VERSION}');
});
`;

/** The version of the worker in control of the page: 'next' for the update, 'built' for the one first installed. */
async function workerVersion(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const controller = navigator.serviceWorker.controller;
    if (!controller) return 'none';
    const channel = new MessageChannel();
    const answer = new Promise<string>((resolve) => {
      channel.port1.onmessage = (event) => resolve(String(event.data));
      // The built worker does not answer this question: silence for a second means it is the one in control.
      setTimeout(() => resolve('built'), 1_000);
    });
    controller.postMessage('which-version', [channel.port2]);
    return answer;
  });
}

test.beforeEach(async ({ request }) => {
  await resetIntake(request);
});

test.afterEach(() => {
  writeFileSync(WORKER_PATH, BUILT_WORKER);
});

test('a ticket queued offline is delivered once after the app updates its worker', async ({ page, context, request }) => {
  // Filing through the wizard, an update and two reloads: ~40 s on a busy 2-core machine.
  test.setTimeout(90_000);
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
  expect(await workerVersion(page)).toBe('built');

  await context.setOffline(true);
  const id = await fileTicket(page, demoCase('approved'));
  await expect(ticketStatus(page)).toHaveText('Status: queued');

  // Back on a network where the intake still cannot be reached (every request to it dropped), while the app's own
  // server can: the update arrives before the ticket can leave.
  let dropped = 0;
  await context.route('**/api/tickets**', async (route) => {
    dropped += 1;
    await route.abort('connectionfailed');
  });
  await context.setOffline(false);
  await expect.poll(() => dropped, { message: 'the old worker tries the intake' }).toBeGreaterThan(0);
  writeFileSync(WORKER_PATH, NEXT_WORKER);

  // Opening the app again makes the browser look for a new worker; it installs and waits for the user.
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: 'New version available.' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(ticketStatus(page)).toHaveText('Status: queued');
  expect(await workerVersion(page)).toBe('built');

  // "Reload" tells the waiting worker to skip waiting (SKIP_WAITING); it takes control and the page reloads into it.
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(prompt).toBeHidden();
  await waitForServiceWorker(page);
  await expect.poll(() => workerVersion(page)).toBe(NEXT_VERSION);
  await expect(ticketStatus(page)).toHaveText('Status: queued');
  expect(await postsFor(request, id)).toEqual([]);

  // The intake can be reached again: the new worker delivers the ticket it inherited, once.
  await context.unroute('**/api/tickets**');
  await expectVerdict(page, 'approved', 45_000);
  expect(await postsFor(request, id)).toEqual([201]);
});
