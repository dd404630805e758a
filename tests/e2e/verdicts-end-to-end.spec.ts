// Every verdict of the layer-zero reviewer, end to end: a demo-registry case filed in the wizard comes back with it.
import { test } from '@playwright/test';
import { DEMO_CASES, expectVerdict, fileTicket, resetIntake, waitForServiceWorker } from './queue-journey';

/** The first demo case of each verdict. */
const ONE_PER_VERDICT = DEMO_CASES.filter((entry, index) => DEMO_CASES.findIndex((other) => other.verdict === entry.verdict) === index);

test.beforeEach(async ({ request, page }) => {
  await resetIntake(request);
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
});

for (const entry of ONE_PER_VERDICT) {
  test(`${entry.label}: the ticket comes back "${entry.verdict}"`, async ({ page }) => {
    await fileTicket(page, entry);
    await expectVerdict(page, entry.verdict);
  });
}
