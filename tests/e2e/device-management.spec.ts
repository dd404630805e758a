// Device management: add, fix, edit, delete and undo, paste a *#06# screen, and every screen accessible in both languages.
import { expect, test, type Page } from '@playwright/test';
import { describedError, expectNoAxeViolations, persianDigits } from './support';

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';
const HAMTA_2 = '356938035643825';

async function addDevice(page: Page, nickname: string, imeis: { hamta: string[]; correct: string[] }): Promise<void> {
  await page.goto('/devices/new?lang=en');
  await page.getByLabel('Nickname').fill(nickname);
  for (const [index, imei] of imeis.hamta.entries()) await page.getByLabel(`Hamta IMEI ${index + 1}`).fill(imei);
  for (const [index, imei] of imeis.correct.entries()) await page.getByLabel(`Correct IMEI ${index + 1}`).fill(imei);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Saved “${nickname}”.`)).toBeVisible();
}

test('adds a device typed in Persian digits, fixing a wrong check digit, and sees it listed', async ({ page }) => {
  await page.goto('/devices?lang=en');
  await expect(page.getByText('You have not added a device yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Add a device' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a device' })).toBeVisible();

  await page.getByLabel('Nickname').fill('My Galaxy');
  // As on Hamta, the box for IMEI 2 opens only once IMEI 1 is filled.
  await expect(page.getByLabel('Hamta IMEI 2')).toHaveCount(0);
  const hamta1 = page.getByLabel('Hamta IMEI 1');
  await hamta1.pressSequentially(persianDigits('356938035643800')); // the last digit is wrong: it should be 9
  await expect(hamta1).toHaveAttribute('aria-invalid', 'true');
  expect(await describedError(hamta1)).toContain('The last digit should be 9');

  // Saving is refused while an IMEI is wrong, and the keyboard is taken to it.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Fix the marked fields before saving.')).toBeVisible();
  await expect(hamta1).toBeFocused();

  await page.getByRole('button', { name: `Use ${IMEI_1}` }).click();
  await expect(hamta1).toHaveValue(IMEI_1);
  await expect(hamta1).not.toHaveAttribute('aria-invalid', 'true');
  await expect(hamta1).toBeFocused();

  await page.getByLabel('Hamta IMEI 2').fill(persianDigits(HAMTA_2));
  await page.getByLabel('Correct IMEI 1').fill(persianDigits(IMEI_1));
  await page.getByLabel('Correct IMEI 2').fill(`${IMEI_2.slice(0, 8)} ${IMEI_2.slice(8)}`);
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByText('Saved “My Galaxy”.')).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'My Galaxy' }) });
  await expect(card).toContainText('2 SIM slots');
  await expect(card).toContainText(IMEI_1);
  await expect(card).toContainText(HAMTA_2);
  await expect(card).toContainText(IMEI_2);
  await expect(card).toContainText('differs from the correct IMEI');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'My Galaxy' })).toBeVisible();
});

test('edits a device and sees the change in the list', async ({ page }) => {
  await addDevice(page, 'Old name', { hamta: [IMEI_1], correct: [IMEI_1, IMEI_2] });
  await page.getByRole('link', { name: 'Edit Old name' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit device' })).toBeVisible();
  await expect(page.getByLabel('Correct IMEI 2')).toHaveValue(IMEI_2);
  await page.getByLabel('Nickname').fill('New name');
  await page.getByLabel('Model (optional)').fill('Galaxy A54');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved “New name”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New name' })).toBeVisible();
  await expect(page.getByText('Galaxy A54')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Old name' })).toHaveCount(0);
});

test('deletes a device and brings it back with Undo', async ({ page }) => {
  await addDevice(page, 'Spare phone', { hamta: [IMEI_1], correct: [] });
  await page.getByRole('button', { name: 'Delete Spare phone' }).click();
  await expect(page.getByText('Deleted “Spare phone”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spare phone' })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.press('Enter');
  await expect(page.getByText('Restored “Spare phone”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spare phone' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Spare phone' })).toBeVisible();
});

test('keeps the Undo notice while it has the focus or the pointer, then lets it go by itself', async ({ page }) => {
  await page.clock.install();
  await addDevice(page, 'Held phone', { hamta: [IMEI_1], correct: [] });
  await page.getByRole('button', { name: 'Delete Held phone' }).click();
  const notice = page.getByText('Deleted “Held phone”.');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();

  // The keyboard is on it: a minute passes and it is still there.
  await page.clock.fastForward(60_000);
  await expect(notice).toBeVisible();

  // The pointer rests on it while the focus goes elsewhere: still there.
  await notice.hover();
  await page.getByRole('heading', { level: 1, name: 'Device management' }).focus();
  await page.clock.fastForward(60_000);
  await expect(notice).toBeVisible();

  // Neither: it goes away by itself, and the device stays deleted.
  await page.mouse.move(0, 0);
  await page.clock.fastForward(11_000);
  await expect(notice).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Held phone' })).toHaveCount(0);
});

test('deletes a device from its form, and the deletion stays without Undo', async ({ page }) => {
  await addDevice(page, 'Gone', { hamta: [], correct: [IMEI_1] });
  await page.getByRole('link', { name: 'Edit Gone' }).click();
  await page.getByRole('button', { name: 'Delete this device' }).click();
  await expect(page.getByText('Deleted “Gone”.')).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByText('Deleted “Gone”.')).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('You have not added a device yet.')).toBeVisible();
});

test('says "this is the same IMEI as slot 1" and refuses to save it', async ({ page }) => {
  await page.goto('/devices/new?lang=en');
  await page.getByLabel('Nickname').fill('Twin');
  await page.getByLabel('Correct IMEI 1').fill(IMEI_1);
  const second = page.getByLabel('Correct IMEI 2');
  await second.fill(persianDigits(IMEI_1));
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  expect(await describedError(second)).toContain('This is the same IMEI as slot 1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(second).toBeFocused();
  await expect(page).toHaveURL(/\/devices\/new/);
});

test('pasting a whole *#06# screen into an IMEI box fills both slots', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/devices/new?lang=en');
  const screen = `IMEI1: ${persianDigits(IMEI_1)}\nIMEI2: ${IMEI_2}/01\nMEID: A0000012345678\nSN: R58M1234ABC`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), screen);
  await page.getByLabel('Correct IMEI 1').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByLabel('Correct IMEI 1')).toHaveValue(IMEI_1);
  await expect(page.getByLabel('Correct IMEI 2')).toHaveValue(IMEI_2);
  await expect(page.getByText('Found 2 IMEIs in the pasted text')).toBeVisible();
});

test('HTML typed in a nickname shows as text and runs nothing', async ({ page }) => {
  const nickname = '<img src=x onerror="window.__injected=1"><b>Bold</b>';
  await addDevice(page, nickname, { hamta: [], correct: [] });
  await expect(page.getByRole('heading', { level: 2, name: nickname })).toBeVisible();
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});

test('a device that does not exist says so and links back', async ({ page }) => {
  await page.goto('/devices/no-such-device?lang=en');
  await expect(page.getByText('This device was not found')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the device list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Device management' })).toBeVisible();
});

test('works by keyboard alone: add a device and save it with Enter', async ({ page }) => {
  await page.goto('/devices/new?lang=en');
  await page.getByLabel('Nickname').focus();
  await page.keyboard.type('Keys only');
  await page.getByLabel('Correct IMEI 1').focus();
  await page.keyboard.type(IMEI_1);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved “Keys only”.')).toBeVisible();
});

for (const lang of ['fa', 'en'] as const) {
  test(`device list, device form and settings have no accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/devices?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('#devices-title')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/devices/new?lang=${lang}`);
    await expect(page.locator('#device-form-title')).toBeVisible();
    await page.locator('#device-nickname').fill('Test');
    // An error with its fix button, a warning, and an opened second slot.
    await page.locator('#device-correct-1').fill('356938035643800');
    await page.locator('#device-registered-1').fill('004999010640000');
    await expect(page.locator('#device-correct-1')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.locator('#device-correct-1').fill(IMEI_1);
    await page.locator('#device-registered-1').fill(IMEI_1);
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(/\/devices$/);
    await expect(page.locator('.list > li')).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.locator('.list button.danger').click();
    await expect(page.locator('.undo-notice')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/settings?lang=${lang}`);
    await expect(page.locator('#settings-title')).toBeVisible();
    await expect(page.locator('#settings-phone')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the device form fits a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/devices/new');
  await page.locator('#device-correct-1').fill('356938035643800');
  await expect(page.locator('#device-correct-1')).toHaveAttribute('aria-invalid', 'true');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
