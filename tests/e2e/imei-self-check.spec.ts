// The IMEI self-check, offline and with no account: a pasted *#06# screen is judged IMEI by IMEI and as one phone, and nothing is kept.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goOffline } from './support';

/** A Samsung-style *#06# screen copied as text: labels on their own lines, an MEID and a serial number. */
const SCREEN = [
  'IMEI (slot1)',
  '356938035643809',
  'IMEI (slot2)',
  '356938035643817',
  'MEID',
  'A0000012345678',
  'Serial number',
  'R58M1234ABC',
].join('\n');

/** Every row of every IndexedDB database of the page, plus web storage, as one JSON text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const rows: Record<string, unknown[]> = {};
    for (const info of await indexedDB.databases()) {
      const name = info.name;
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        rows[`${name}/${store}`] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    return JSON.stringify({ rows, local: { ...localStorage }, session: { ...sessionStorage } });
  });
}

test.describe('the IMEI self-check offline', () => {
  test.beforeEach(async ({ page, context }) => {
    // No ?lang= here: it would be kept as the language from then on.
    await page.goto('/');
    await goOffline(page, context);
  });

  test('a pasted *#06# screen is judged IMEI by IMEI and as one phone', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'IMEI check' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'IMEI check' })).toBeVisible();
    await page.getByLabel('IMEIs to check').fill(SCREEN);

    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Found 2 IMEIs.' })).toBeVisible();
    const results = page.getByRole('list').filter({ has: page.getByRole('heading', { name: /^IMEI 1/ }) });
    const items = results.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Valid');
    await expect(items.nth(0)).toContainText('356938035643809');
    await expect(items.nth(0)).toContainText('Label in the text: IMEI (slot1)');
    await expect(items.nth(0)).toContainText('Model code (TAC, first 8 digits)');
    await expect(items.nth(0)).toContainText('35693803');
    await expect(items.nth(1)).toContainText('356938035643817');
    await expect(items.nth(1)).toContainText('Valid');

    const pair = page.getByRole('region', { name: 'The IMEIs as one phone' });
    await expect(pair).toContainText('These IMEIs fit together');
    await expect(page.getByRole('region', { name: 'MEID' })).toContainText('A0000012345678');
    await expect(page.getByRole('region', { name: 'MEID' })).toContainText('not an IMEI');
  });

  test('a wrong check digit is explained with its fix, and the pair waits for it', async ({ page }) => {
    await page.goto('/check?lang=en');
    await page.getByLabel('IMEIs to check').fill('IMEI1: 35 693803 564380 8\nIMEI2: 356938035643817/01');
    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^IMEI 1/ }) });
    await expect(first).toContainText('Not valid');
    await expect(first).toContainText('The last digit should be 9');
    await expect(first).toContainText('The right IMEI is probably: 356938035643809');
    await expect(first.locator('mark')).toHaveText('9');
    const second = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^IMEI 2/ }) });
    await expect(second).toContainText('Valid');
    await expect(second).toContainText('Software version (SV)');
    await expect(page.getByRole('region', { name: 'The IMEIs as one phone' })).toContainText('Fix the invalid IMEIs first');
  });

  test('the same IMEI twice, and IMEIs of two different models, are flagged as a pair', async ({ page }) => {
    await page.goto('/check?lang=en');
    const box = page.getByLabel('IMEIs to check');
    await box.fill('356938035643809\n356938035643809');
    await expect(page.getByRole('region', { name: 'The IMEIs as one phone' })).toContainText('Slot 2 holds the same IMEI as slot 1.');
    await box.fill('356938035643809 353325091234561');
    await expect(page.getByRole('region', { name: 'The IMEIs as one phone' })).toContainText(
      'The model code (first 8 digits) of slot 2 differs from slot 1.',
    );
  });

  test('text with no IMEI says so on the field', async ({ page }) => {
    await page.goto('/check?lang=en');
    const box = page.getByLabel('IMEIs to check');
    await box.fill('my phone number is 0912 345');
    await box.blur();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('No IMEI found in this text.')).toBeVisible();
  });

  test('in Persian, an IMEI typed in Persian digits is judged with Persian words', async ({ page }) => {
    await page.goto('/check?lang=fa');
    await expect(page.getByRole('heading', { level: 1, name: 'بررسی IMEI' })).toBeVisible();
    await page.getByLabel('IMEIهایی که باید بررسی شوند').fill('۳۵۶۹۳۸۰۳۵۶۴۳۸۰۸');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /IMEI ۱/ }) });
    await expect(item).toContainText('نامعتبر');
    await expect(item).toContainText('رقم آخر باید ۹ باشد');
    await expect(item).toContainText('۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹');
  });

  test('nothing typed in the self-check is stored anywhere', async ({ page }) => {
    await page.goto('/check?lang=en');
    await expect(page.getByLabel('IMEIs to check')).toBeVisible();
    // The check shows before storage opens; the app's own start then writes its settings row. What is compared is
    // what the check adds after that.
    await expect.poll(async () => (await everythingStored(page)).includes('"imei-assistant/settings":[{')).toBe(true);
    const before = await everythingStored(page);
    await page.getByLabel('IMEIs to check').fill(SCREEN);
    await expect(page.getByRole('region', { name: 'The IMEIs as one phone' })).toBeVisible();
    await page.getByLabel('IMEIs to check').blur();
    const after = await everythingStored(page);
    expect(after).toBe(before);
    expect(after).not.toContain('356938035643');
    expect(page.url()).not.toContain('356938035643');

    await page.reload();
    await expect(page.getByLabel('IMEIs to check')).toHaveValue('');
  });

  test('the self-check passes axe in Persian and in English', async ({ page }) => {
    for (const address of ['/check?lang=fa', '/check?lang=en']) {
      await page.goto(address);
      await page.getByRole('textbox').first().fill(`${SCREEN}\nIMEI: 356938035643808`);
      await expect(
        page
          .getByRole('region')
          .filter({ has: page.getByRole('heading', { level: 2 }) })
          .first(),
      ).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    }
  });
});
