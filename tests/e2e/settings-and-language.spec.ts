// Settings: the language switch (labels and direction, kept after a reload), the phone number, storage health.
import { expect, test } from '@playwright/test';

test('switching the language in settings changes the words and the direction, and survives a reload', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'تنظیمات' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('radio', { name: 'فارسی' })).toBeChecked();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Phone number')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();

  await page.getByRole('radio', { name: 'فارسی' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'تنظیمات' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('choosing a language in settings wins over a ?lang= in the address', async ({ page }) => {
  await page.goto('/settings?lang=en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('radio', { name: 'فارسی' }).check();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/\/settings$/);
});

test('the phone number typed in Persian digits with +98 is saved as 09xxxxxxxxx', async ({ page }) => {
  await page.goto('/settings?lang=en');
  const phone = page.getByLabel('Phone number');

  await phone.fill('۰۹۱۲۳');
  await page.getByRole('button', { name: 'Save phone number' }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  const errorId = ((await phone.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
  await expect(page.locator(`[id="${errorId}"]`)).toContainText('must be 11 digits starting with 09');

  await phone.fill('+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹');
  await page.getByRole('button', { name: 'Save phone number' }).click();
  await expect(page.getByText('Saved 09123456789.')).toBeVisible();
  await expect(phone).toHaveValue('09123456789');
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(page.getByLabel('Phone number')).toHaveValue('09123456789');
});

test('settings show where data is kept, the persistence promise and the space used', async ({ page }) => {
  await page.goto('/settings?lang=en');
  await expect(page.getByText('On this device; it stays after the app is closed.')).toBeVisible();
  await expect(page.getByText('Space used')).toBeVisible();
  await expect(page.getByText(/\d+(\.\d)? ?(byte|kB|MB|GB).* of .*(kB|MB|GB)/)).toBeVisible();
  const ask = page.getByRole('button', { name: 'Ask again' });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(page.getByText(/The browser (granted it|has not granted it yet)/)).toBeVisible();
  } else {
    await expect(page.getByText('Granted: the browser will not delete your data')).toBeVisible();
  }
});
