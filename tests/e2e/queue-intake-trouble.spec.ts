// When the intake fails or refuses, nothing is lost: failures are retried until it recovers, a refusal comes back to be fixed.
import { expect, test } from '@playwright/test';
import {
  demoCase,
  expectVerdict,
  fileTicket,
  injectFault,
  postsFor,
  resetIntake,
  ticketStatus,
  waitForServiceWorker,
} from './queue-journey';

test.beforeEach(async ({ request, page }) => {
  await resetIntake(request);
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
});

test('an intake that answers 503 three times gets the ticket once when it recovers', async ({ page, request }) => {
  await injectFault(request, { failNext: 3, status: 503 });
  const id = await fileTicket(page, demoCase('approved'));
  await expect(page.getByText('the intake answered 503')).toBeVisible();
  await expectVerdict(page, 'approved', 45_000);
  expect(await postsFor(request, id)).toEqual([503, 503, 503, 201]);
});

test('a dead link that drops every connection while the browser says online: the ticket arrives once it works', async ({
  page,
  request,
}) => {
  await injectFault(request, { failNext: 2, respond: 'drop' });
  const id = await fileTicket(page, demoCase('approved'));
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await expectVerdict(page, 'approved', 45_000);
  expect(await postsFor(request, id)).toEqual([0, 0, 201]);
});

test('an answer that is not the intake (an HTML page) counts as a failed attempt, and the ticket still arrives', async ({
  page,
  request,
}) => {
  await injectFault(request, { failNext: 1, respond: 'html' });
  const id = await fileTicket(page, demoCase('approved'));
  await expectVerdict(page, 'approved', 30_000);
  expect(await postsFor(request, id)).toEqual([200, 201]);
});

test("a redirect is told in words in the ticket's history, not as a code, and the ticket still arrives", async ({ page, request }) => {
  await injectFault(request, { failNext: 1, respond: 'redirect' });
  const id = await fileTicket(page, demoCase('approved'));
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('the request was redirected elsewhere; trying again')).toBeVisible();
  await expect(history.getByText('redirect', { exact: true })).toHaveCount(0);
  await expectVerdict(page, 'approved', 30_000);
  expect(await postsFor(request, id)).toEqual([302, 201]);
});

test('a ticket the intake refuses comes back as "needs changes", and the corrected ticket is delivered', async ({ page, request }) => {
  await injectFault(request, { failNext: 1, status: 400, issues: [{ path: ['description'], message: 'too-vague' }] });
  const refused = await fileTicket(page, demoCase('approved'));
  await expect(ticketStatus(page)).toHaveText('Status: needs changes');
  await expect(page.getByText('description: too-vague')).toBeVisible();
  expect(await postsFor(request, refused)).toEqual([400]);

  await page.getByRole('button', { name: 'Correct and send again' }).click();
  const description = page.getByLabel('Description', { exact: true });
  await expect(description).toHaveValue(demoCase('approved').description);
  // The intake's issue sits on the field it names, until the user changes that field.
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The intake refused this value: too-vague')).toBeVisible();
  await description.fill('SIM 2 has had no service since I bought the phone; digits 9 and 10 of IMEI 2 differ in Hamta.');
  await expect(description).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/problems/tickets/') && !url.pathname.endsWith(refused));
  await expectVerdict(page, 'approved');

  // Nothing lost: the refused ticket is still there, as it was.
  await page.goto(`/problems/tickets/${refused}?lang=en`);
  await expect(ticketStatus(page)).toHaveText('Status: needs changes');
  expect(await postsFor(request, refused)).toEqual([400]);
});
