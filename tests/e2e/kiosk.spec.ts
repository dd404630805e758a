// A clerk's shared tablet: kiosk mode wipes one customer's data before the next one.
import { expect, test, type Page } from '@playwright/test';
import { dumpStorage } from './kiosk-storage';
import { expectNoAxeViolations } from './support';

// Each PIN is checked with 600,000 PBKDF2 rounds (on purpose): seconds on a busy test machine.
test.describe.configure({ timeout: 120_000 });

/** Every file the origin private file system holds (the crash copies), as "opfs:/folder/file". */
async function crashCopies(page: Page): Promise<string[]> {
  return (await dumpStorage(page))
    .filter((stored) => stored.where.startsWith('opfs:'))
    .map((stored) => stored.where)
    .sort();
}

test('staff start the kiosk with a PIN, and "New customer" wipes what the customer typed', async ({ page }) => {
  await page.goto('/?kiosk&lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up kiosk mode' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('PIN').fill('۱۲۳۴');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  await expect(page.getByText(/Wipes in \d+:\d\d/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A customer starts a ticket and types an IMEI.
  await page.getByRole('link', { name: 'Register & track problems' }).first().click();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Correct IMEI 1').fill('356938035643809');
  await page.getByLabel('Correct IMEI 1').blur();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  // ... and saves their phone.
  await page.getByRole('link', { name: 'Device management' }).first().click();
  await page.getByRole('link', { name: 'Add a device' }).click();
  await page.getByLabel('Nickname').fill('Customer phone');
  await page.getByLabel('Hamta IMEI 1').fill('356938035643817');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved “Customer phone”.')).toBeVisible();
  // Both are also in their crash copies (the origin private file system), beside the settings' copy.
  expect(await crashCopies(page)).toEqual([
    expect.stringMatching(/^opfs:\/device-copies\//),
    expect.stringMatching(/^opfs:\/draft-copies\//),
    'opfs:/settings-copies/app.json',
  ]);

  await page.getByRole('button', { name: 'New customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();

  // Nothing of the previous customer is left on the device.
  const rows = await page.evaluate(async () => {
    const open = indexedDB.open('imei-assistant');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (store: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const result = { drafts: await count('drafts'), devices: await count('devices') };
    db.close();
    return result;
  });
  expect(rows).toEqual({ drafts: 0, devices: 0 });
  // Only the settings' copy is left (the kiosk's own settings), and it holds nothing the customer typed.
  expect(await crashCopies(page)).toEqual(['opfs:/settings-copies/app.json']);
  const settingsCopy = (await dumpStorage(page)).find((stored) => stored.where === 'opfs:/settings-copies/app.json');
  expect(settingsCopy?.text).not.toContain('356938035643');
  await page.getByRole('link', { name: 'Register & track problems' }).first().click();
  await expect(page.getByText('356938035643809')).toHaveCount(0);
  // Still a kiosk for the next customer.
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
});

test('leaving kiosk mode needs the staff PIN', async ({ page }) => {
  await page.goto('/?kiosk&lang=en');
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave kiosk', exact: true }).click();
  const dialog = page.getByRole('form', { name: 'Leave kiosk mode' });
  await dialog.getByLabel('PIN').fill('1111');
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(dialog.getByText('That PIN is not right.')).toBeVisible();
  await expect(dialog.getByLabel('PIN')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('PIN').fill('2468');
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toHaveCount(0);
});

test('a wrong PIN format is refused with a message tied to the field', async ({ page }) => {
  await page.goto('/?kiosk&lang=en');
  await page.getByLabel('PIN').fill('12');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByLabel('PIN')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The PIN must be 4 to 8 digits.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New customer' })).toHaveCount(0);
});

test('the kiosk set-up and bar speak Persian too, with no accessibility violations', async ({ page }) => {
  await page.goto('/?kiosk&lang=fa');
  await expect(page.getByRole('heading', { level: 1, name: 'راه‌اندازی حالت کیوسک' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('PIN').fill('۵۶۷۸');
  await page.getByRole('button', { name: 'شروع کیوسک' }).click();
  await expect(page.getByRole('button', { name: 'مشتری جدید' })).toBeVisible();
  await expect(page.getByText(/پاک شدن خودکار تا [۰-۹]+:[۰-۹]{2}/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an idle kiosk warns, then wipes the customer's draft by itself", async ({ page }) => {
  await page.clock.install();
  await page.goto('/?kiosk&lang=en');
  await page.getByLabel('PIN').fill('1357');
  await page.getByLabel('Wipe automatically after this many idle minutes').selectOption('1');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  await page.getByRole('link', { name: 'Register & track problems' }).first().click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  await page.getByRole('link', { name: 'Register & track problems' }).first().click();
  await expect(page.locator('main').getByText('draft', { exact: true })).toHaveCount(1);

  await page.clock.fastForward('00:35');
  await expect(page.getByText('Still there? Touch anywhere to continue.')).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
  await page.getByRole('link', { name: 'Register & track problems' }).first().click();
  await expect(page.getByRole('heading', { name: 'You have an unfinished draft' })).toHaveCount(0);
  await expect(page.locator('main').getByText('draft', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
});
