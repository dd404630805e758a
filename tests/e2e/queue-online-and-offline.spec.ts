// A ticket filed online is delivered at once; one filed offline waits, survives a reload, and goes out once when the network is back.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demoCase, expectVerdict, fileTicket, postsFor, resetIntake, ticketStatus, waitForServiceWorker } from './queue-journey';

test.beforeEach(async ({ request }) => {
  await resetIntake(request);
});

test('a ticket filed online is delivered and its verdict shown', async ({ page, request }) => {
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
  const id = await fileTicket(page, demoCase('approved'));
  await expectVerdict(page, 'approved');
  expect(await postsFor(request, id)).toEqual([201]);
  await expect(page.getByText('demo intake', { exact: true })).toBeVisible();
});

test('a ticket filed offline stays queued through a reload and is delivered once when the network is back', async ({
  page,
  context,
  request,
}) => {
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  const id = await fileTicket(page, demoCase('approved'));
  await expect(ticketStatus(page)).toHaveText('Status: queued');
  await expect(page.getByRole('link', { name: '1 waiting to be sent' })).toBeVisible();

  await page.reload();
  await expect(ticketStatus(page)).toHaveText('Status: queued');
  await expect(page.getByRole('link', { name: '1 waiting to be sent' })).toBeVisible();
  // The badge and the demo notice in the header, in both languages.
  await expect(page.getByText('demo intake', { exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto(`/problems/tickets/${id}?lang=fa`);
  await expect(page.getByRole('link', { name: '۱ درخواست در صف ارسال' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto(`/problems/tickets/${id}?lang=en`);
  expect(await postsFor(request, id)).toEqual([]);

  await context.setOffline(false);
  await expectVerdict(page, 'approved');
  await expect(page.getByRole('link', { name: /waiting to be sent/ })).toHaveCount(0);
  expect(await postsFor(request, id)).toEqual([201]);
});
