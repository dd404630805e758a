// The built app opens, in Persian by default and in English by ?lang=en, with no accessibility violations.
import { expect, test } from '@playwright/test';
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
