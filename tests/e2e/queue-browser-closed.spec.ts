// Tickets still queued when the browser is closed are delivered when it is opened again online.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { demoCase, expectVerdict, fileTicket, postsFor, resetIntake, ticketStatus, waitForServiceWorker } from './queue-journey';

test('tickets queued when the browser closed are delivered when it is opened again online', async ({ request, baseURL }) => {
  test.setTimeout(90_000);
  await resetIntake(request);
  // A profile on disk, as a real browser keeps one between launches.
  const profile = mkdtempSync(join(tmpdir(), 'queue-profile-'));
  const launchOptions = { ...test.info().project.use.launchOptions, baseURL, serviceWorkers: 'allow' as const };
  try {
    const first = await chromium.launchPersistentContext(profile, launchOptions);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/problems?lang=en');
    await waitForServiceWorker(page);
    await first.setOffline(true);
    const id = await fileTicket(page, demoCase('approved'));
    await expect(ticketStatus(page)).toHaveText('Status: queued');
    // The worker has the ticket: it tried once and found no network.
    await expect(page.getByText('no network')).toBeVisible();
    await first.close();
    expect(await postsFor(request, id)).toEqual([]);

    const second = await chromium.launchPersistentContext(profile, launchOptions);
    const reopened = second.pages()[0] ?? (await second.newPage());
    await reopened.goto(`/problems/tickets/${id}?lang=en`);
    await expectVerdict(reopened, 'approved');
    expect(await postsFor(request, id)).toEqual([201]);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
