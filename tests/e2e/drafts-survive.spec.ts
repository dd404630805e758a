// A draft ticket is never lost: not by a reload, a closed tab, going offline, or a discard the user regrets.
import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './support';

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';
const PHONE = '09123456789';

/** Creates a draft and fills the correct-IMEI step half-way (no Next pressed there). */
async function startDraft(page: Page): Promise<void> {
  await page.goto('/problems?lang=en');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Select the problem subject' })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The correct IMEIs of the phone' })).toBeVisible();
  await page.getByLabel('Correct IMEI 1', { exact: true }).fill(IMEI_1);
  await page.getByLabel('Correct IMEI 2', { exact: true }).fill(IMEI_2);
  await page.getByLabel('Phone number', { exact: true }).fill(PHONE);
}

async function expectHalfFilledDraft(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'The correct IMEIs of the phone' })).toBeVisible();
  await expect(page.locator('ol.steps [aria-current="step"]')).toContainText('Correct IMEIs');
  await expect(page.getByLabel('Correct IMEI 1', { exact: true })).toHaveValue(IMEI_1);
  await expect(page.getByLabel('Correct IMEI 2', { exact: true })).toHaveValue(IMEI_2);
  await expect(page.getByLabel('Phone number', { exact: true })).toHaveValue(PHONE);
}

test('a half-filled draft survives a reload, at the same step with the same values', async ({ page }) => {
  await startDraft(page);
  // What the user sees before leaving: the draft is on the device.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expectHalfFilledDraft(page);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
});

test('a draft survives closing the tab, and the list offers to continue it', async ({ context }) => {
  const first = await context.newPage();
  await startDraft(first);
  await expect(first.getByText('Saved', { exact: true })).toBeVisible();
  await first.close({ runBeforeUnload: true });

  const second = await context.newPage();
  await second.goto('/problems?lang=en');
  await expect(second.getByRole('heading', { name: 'You have an unfinished draft' })).toBeVisible();
  await second.getByRole('link', { name: 'Continue your draft' }).click();
  await expectHalfFilledDraft(second);
});

test('offline, a reload still opens the app with the draft in it', async ({ page, context }) => {
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
  await startDraft(page);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await context.setOffline(true);
  try {
    await page.reload();
    await expectHalfFilledDraft(page);
    // Still working: the next step opens and takes input, offline.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'The IMEIs registered in Hamta' })).toBeVisible();
    await page.getByLabel('Hamta IMEI 1', { exact: true }).fill(IMEI_1);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Hamta IMEI 1', { exact: true })).toHaveValue(IMEI_1);
  } finally {
    await context.setOffline(false);
  }
});

test('discards a draft from the list and brings it back with undo', async ({ page }) => {
  await startDraft(page);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto('/problems?lang=en');
  const drafts = page.locator('section ul.list').first();
  await expect(drafts.getByText(`Draft for ${IMEI_1}`)).toBeVisible();

  await page.getByRole('button', { name: `Discard Draft for ${IMEI_1}` }).click();
  await expect(page.getByText('Draft discarded.')).toBeVisible();
  await expect(page.getByText('No drafts.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue your draft' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Draft for ${IMEI_1}`)).toBeVisible();
  await expect(page.getByText('Draft restored.')).toBeVisible();
  await page.getByRole('link', { name: 'Continue your draft' }).click();
  await expectHalfFilledDraft(page);
});

test('on the next start, the unfinished-draft card takes the room kept for it and moves none of the sections', async ({ page }) => {
  await startDraft(page);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'You have an unfinished draft' })).toBeVisible();
  // The browser's own record of what moved on screen, and why.
  await page.addInitScript(() => {
    const moved: string[] = [];
    Object.assign(window, { moved });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { sources?: Array<{ node?: Node | null }> }>) {
        for (const source of entry.sources ?? []) if (source.node instanceof Element) moved.push(source.node.className);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'You have an unfinished draft' })).toBeVisible();
  // Two frames after the card is drawn, any shift it caused has been reported.
  const moved = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { moved: string[] }).moved))),
      ),
  );
  expect(moved).not.toContain('cards');
});

test('an unknown draft address says so plainly and leads back to the list', async ({ page }) => {
  await page.goto('/problems/drafts/00000000-0000-4000-8000-000000000000?lang=en');
  await expect(page.getByText('This draft does not exist.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Register & track problems' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register & track problems' })).toBeVisible();
});

test('the last keystroke survives a reload made straight after typing it', async ({ page }) => {
  await startDraft(page);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  // No wait for "Saved": the page goes away within the autosave delay.
  await page.getByLabel('Phone number', { exact: true }).fill('09120000001');
  await page.reload();
  await expect(page.getByLabel('Phone number', { exact: true })).toHaveValue('09120000001');
});

test('reopening the app at its start page offers to continue the draft', async ({ page }) => {
  await startDraft(page);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'You have an unfinished draft' })).toBeVisible();
  await page.getByRole('link', { name: 'Continue your draft' }).click();
  await expectHalfFilledDraft(page);
});
