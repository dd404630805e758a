// The shop's staff side of a kiosk: the PIN that locks after five wrong tries, the staff screen, the kiosk's own app.
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { demoCase, expectVerdict, fileTicket, resetIntake } from './queue-journey';
import { expectNoAxeViolations } from './support';

// Each PIN is checked with 600,000 PBKDF2 rounds (on purpose): seconds on a busy test machine.
test.describe.configure({ timeout: 120_000 });

async function startKiosk(page: Page, pin: string): Promise<void> {
  await page.goto('/?kiosk&lang=en');
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
}

async function storedSettings(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const open = indexedDB.open('imei-assistant');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown>((resolve, reject) => {
      const read = db.transaction('settings').objectStore('settings').getAll();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return JSON.stringify(rows);
  });
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

test('five wrong PINs lock PIN entry for a minute, across a reload; then the right PIN opens the staff screen', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  await resetIntake(request);
  await page.clock.install();
  await startKiosk(page, '2468');
  const customer = demoCase('approved');
  await fileTicket(page, customer);
  await expectVerdict(page, 'approved');

  // The stored PIN record is PBKDF2: neither the PIN nor any SHA-256 of it.
  const settings = await storedSettings(page);
  expect(settings).toContain('"kdf":"PBKDF2-SHA-256"');
  expect(settings).toContain('"iterations":600000');
  for (const text of ['2468', 'imei-assistant-kiosk:2468']) expect(settings).not.toContain(sha256(text));

  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  const gate = page.getByRole('form', { name: 'Staff sign-in' });
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await gate.getByLabel('PIN').fill('0000');
    await gate.getByRole('button', { name: 'Open' }).click();
    await expect(gate.getByText(`That PIN is not right. ${5 - attempt} more wrong tries lock PIN entry.`)).toBeVisible();
  }
  await gate.getByLabel('PIN').fill('0000');
  await gate.getByRole('button', { name: 'Open' }).click();
  await expect(gate.getByText(/PIN entry is locked after five wrong tries\. Try again in [01]:\d\d\./)).toBeVisible();
  await expect(gate.getByRole('button', { name: 'Open' })).toBeDisabled();
  await expect(gate.getByLabel('PIN')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // A wrong PIN leaves nothing and wipes nothing: still a kiosk, the customer's ticket still there.
  await page.reload();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave kiosk', exact: true }).click();
  const leave = page.getByRole('form', { name: 'Leave kiosk mode' });
  await expect(leave.getByText(/PIN entry is locked after five wrong tries\. Try again in 0:\d\d\./)).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Register & track problems' }).first().click();
  await expect(page.getByRole('main').getByText('reviewed', { exact: true })).toHaveCount(1);

  // After the minute, the right PIN opens the staff screen.
  await page.clock.fastForward('01:01');
  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  await expect(gate.getByText(/locked/)).toHaveCount(0);
  await gate.getByLabel('PIN').fill('2468');
  await gate.getByRole('button', { name: 'Open' }).click();
  const staff = page.getByRole('region', { name: 'Staff screen' });
  await expect(staff).toBeVisible();
  await expect(staff.getByRole('heading', { name: "Today's tickets" })).toBeVisible();
  await expect(staff.locator('dt:text-is("reviewed") + dd')).toHaveText('1');
  await expect(staff.locator('dt:text-is("queued") + dd')).toHaveText('0');
  await expect(staff.locator('dt:text-is("Approved: the IMEIs were corrected") + dd')).toHaveText('1');
  await expect(staff.locator('dt:text-is("Waiting to be sent") + dd')).toHaveText('0');
  const shown = (await staff.textContent()) ?? '';
  for (const value of [customer.requester.phone, ...customer.correctImeis, ...customer.registeredImeis, customer.description]) {
    expect(shown).not.toContain(value);
  }
  await staff.getByRole('button', { name: 'Retry now' }).click();
  await expect(staff.getByText('The queue was tried again.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Staff change the idle time: the countdown follows at once.
  await staff.getByLabel('Wipe automatically after this many idle minutes').selectOption('1');
  await staff.getByRole('button', { name: 'Save idle time' }).click();
  await expect(staff.getByText('Saved.')).toBeVisible();
  await expect(page.getByText(/Wipes in [01]:\d\d/)).toBeVisible();
  expect(await page.getByText(/Wipes in [01]:\d\d/).textContent()).not.toMatch(/[2-9]:\d\d/);
});

test('the staff screen speaks Persian with no accessibility violations', async ({ page }) => {
  await page.goto('/?kiosk&lang=fa');
  await page.getByLabel('PIN').fill('۱۳۵۷');
  await page.getByRole('button', { name: 'شروع کیوسک' }).click();
  await page.getByRole('button', { name: 'کارکنان', exact: true }).click();
  const gate = page.getByRole('form', { name: 'ورود کارکنان' });
  await gate.getByLabel('PIN').fill('۲۲۲۲');
  await gate.getByRole('button', { name: 'ورود' }).click();
  await expect(gate.getByText(/رمز درست نیست\. پس از ۴ تلاش نادرست دیگر/)).toBeVisible();
  await expectNoAxeViolations(page);
  await gate.getByLabel('PIN').fill('۱۳۵۷');
  await gate.getByRole('button', { name: 'ورود' }).click();
  const staff = page.getByRole('region', { name: 'صفحهٔ کارکنان' });
  await expect(staff.getByRole('heading', { name: 'درخواست‌های امروز' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('/?kiosk is its own app: the kiosk manifest, fullscreen, started at /?kiosk, and no install prompt', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /manifest\.webmanifest$/);

  await startKiosk(page, '8642');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/kiosk.webmanifest');
  const session = await page.context().newCDPSession(page);
  await expect.poll(async () => ((await session.send('Page.getAppManifest')) as { url: string }).url).toMatch(/\/kiosk\.webmanifest$/);
  const { data } = (await session.send('Page.getAppManifest')) as { data: string };
  const manifest = JSON.parse(data) as { name: string; start_url: string; display: string; id: string };
  expect(manifest.start_url).toContain('?kiosk');
  expect(manifest.display).toBe('fullscreen');
  expect(manifest.name).toContain('کیوسک');

  const prompted = await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    window.dispatchEvent(event);
    return !event.defaultPrevented;
  });
  expect(prompted).toBe(false);
  // Larger type than the owner's app.
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(fontSize).toBeGreaterThan(17);
});
