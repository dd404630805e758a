// Steps the queue journeys share: the demo intake's test controls, the service worker, and filing a ticket in the wizard.
import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export { waitForServiceWorker } from './support';

/** A ticket of the demo registry, as src/intake/demo-registry.json lists it. */
export type DemoCase = {
  label: string;
  verdict: string;
  requester: { phone: string };
  correctImeis: string[];
  registeredImeis: string[];
  slotChecks: boolean[];
  description: string;
};

export const DEMO_CASES: DemoCase[] = (JSON.parse(readFileSync('src/intake/demo-registry.json', 'utf8')) as { cases: DemoCase[] }).cases;

export function demoCase(verdict: string): DemoCase {
  const found = DEMO_CASES.find((entry) => entry.verdict === verdict);
  if (!found) throw new Error(`The demo registry has no case for ${verdict}`);
  return found;
}

/** A fresh demo intake that reviews at once, so a test waits only for the queue. */
export async function resetIntake(request: APIRequestContext, reviewDelayMs = 0): Promise<void> {
  expect((await request.post('/api/__demo/reset')).ok()).toBe(true);
  expect((await request.post('/api/__demo/config', { data: { reviewDelayMs } })).ok()).toBe(true);
}

export async function injectFault(request: APIRequestContext, fault: Record<string, unknown>): Promise<void> {
  expect((await request.post('/api/__demo/faults', { data: fault })).ok()).toBe(true);
}

/** The statuses the intake answered each POST of this ticket with, in order. */
export async function postsFor(request: APIRequestContext, ticketId: string): Promise<number[]> {
  const response = await request.get(`/api/__demo/stats?id=${ticketId}`);
  return ((await response.json()) as { answers: number[] }).answers;
}

/** The "Status: …" line of the ticket page. */
export function ticketStatus(page: Page): Locator {
  return page.getByText(/^Status: /);
}

/**
 * Files a demo case through the wizard, as a user would; returns the new ticket's id. `base`: the app's address, for
 * a page whose context has no base URL.
 */
export async function fileTicket(page: Page, ticket: DemoCase, description = ticket.description, base = ''): Promise<string> {
  await page.goto(`${base}/problems?lang=en`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Select the problem subject' })).toBeVisible();
  await next(page); // subject
  await next(page); // guide
  await page.getByLabel('Correct IMEI 1', { exact: true }).fill(ticket.correctImeis[0] ?? '');
  await page.getByLabel('Correct IMEI 2', { exact: true }).fill(ticket.correctImeis[1] ?? '');
  await page.getByLabel('Phone number', { exact: true }).fill(ticket.requester.phone);
  await next(page);
  await page.getByLabel('Hamta IMEI 1', { exact: true }).fill(ticket.registeredImeis[0] ?? '');
  if (ticket.registeredImeis[1]) await page.getByLabel('Hamta IMEI 2', { exact: true }).fill(ticket.registeredImeis[1]);
  await next(page);
  for (const [slot, done] of ticket.slotChecks.entries()) {
    if (!done) continue;
    const group = page.getByRole('group', { name: `Slot ${slot + 1}`, exact: true });
    for (const box of await group.getByRole('checkbox').all()) await box.check();
  }
  await next(page);
  await page.getByLabel('Description', { exact: true }).fill(description);
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.waitForURL(/\/problems\/tickets\//);
  const id = /\/problems\/tickets\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No ticket id in ${page.url()}`);
  return decodeURIComponent(id);
}

/** "Next", then wait until the wizard shows the following step. */
async function next(page: Page): Promise<void> {
  const stepOf = page.getByText(/^Step \d+ of \d+$/);
  const before = (await stepOf.textContent()) ?? '';
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(stepOf).not.toHaveText(before);
}

/** The verdict the ticket page shows, read from its link to the verdict guide. */
export async function expectVerdict(page: Page, verdict: string, timeout = 30_000): Promise<void> {
  await expect(ticketStatus(page)).toHaveText('Status: reviewed', { timeout });
  const link = page.getByRole('link', { name: 'What this answer means and what to do now' });
  await expect(link).toHaveAttribute('href', new RegExp(`/verdicts/${verdict}(\\?|$)`));
}
