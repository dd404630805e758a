// Scanning IMEIs from a phone box: a photo read on the device by the app's own WebAssembly reader, online and offline.
import { expect, test, type Page } from '@playwright/test';
import { barcodePng, boxLabelPng } from './barcodes';
import { waitForServiceWorker } from './support';

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';
const SERIAL = 'R58M1234ABC';
const EAN = '6291041500213';

/** Every http(s) request the page and its service worker make. */
function recordRequests(page: Page): URL[] {
  const urls: URL[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') urls.push(url);
  });
  return urls;
}

async function scanPhoto(page: Page, scanButtonIndex: number, png: Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Scan barcode', exact: true }).nth(scanButtonIndex).click();
  const dialog = page.getByRole('dialog', { name: 'Scan the IMEI barcode on the box' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Photo of the barcode', { exact: true }).setInputFiles({ name: 'box.png', mimeType: 'image/png', buffer: png });
}

test.slow(); // the WebAssembly reader (≈ 1 MB) compiles in each new page: slow on a busy machine

test('scans both IMEIs from a photo of the box into the wizard, and sets the serial number and the EAN aside', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await page.goto('/problems?lang=en');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The correct IMEIs of the phone' })).toBeVisible();

  const box = await boxLabelPng(page, [
    await barcodePng(IMEI_1),
    await barcodePng(IMEI_2),
    await barcodePng(SERIAL),
    await barcodePng(EAN.slice(0, 12), 'ean13'),
  ]);
  await scanPhoto(page, 0, box);

  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toHaveText(`Filled in 2 IMEIs: ${IMEI_1}, ${IMEI_2}.`, { timeout: 30_000 });
  await expect(dialog.getByRole('listitem')).toHaveText([
    IMEI_1,
    IMEI_2,
    `${SERIAL}: serial number, not an IMEI`,
    `${EAN}: product barcode (EAN), not an IMEI`,
  ]);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByLabel('Correct IMEI 1', { exact: true })).toHaveValue(IMEI_1);
  await expect(page.getByLabel('Correct IMEI 2', { exact: true })).toHaveValue(IMEI_2);

  // The reader's .wasm came from the app's own origin; nothing went anywhere else.
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => url.pathname.endsWith('.wasm')).map((url) => url.origin)).toContain(origin);
  expect(requests.filter((url) => url.origin !== origin).map(String)).toEqual([]);
});

test('reads a single IMEI into the IMEI check, and keeps working offline after its first use', async ({ page, context }) => {
  await page.goto('/check?lang=en');
  await waitForServiceWorker(page);
  await scanPhoto(page, 0, await barcodePng(IMEI_1));
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(`Filled in IMEI ${IMEI_1}.`, { timeout: 30_000 });
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByLabel('IMEIs to check', { exact: true })).toHaveValue(IMEI_1);

  // The reader (script and WebAssembly) was cached on first use, not precached: a new page offline loads it from the cache.
  const cached = await page.evaluate(async () =>
    (await (await caches.open('barcode-reader')).keys()).map((request) => new URL(request.url).pathname),
  );
  expect(cached.sort()).toEqual([
    expect.stringMatching(/^\/assets\/barcode-reader-.*\.js$/),
    expect.stringMatching(/^\/assets\/zxing_reader-.*\.wasm$/),
  ]);
  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto('/check?lang=en');
  await scanPhoto(offline, 0, await barcodePng(IMEI_2));
  await expect(offline.getByRole('dialog').getByRole('status')).toHaveText(`Filled in IMEI ${IMEI_2}.`, { timeout: 30_000 });
  await context.setOffline(false);
});

test('says so when a photo holds no IMEI, and a file that is not a picture', async ({ page }) => {
  await page.goto('/devices/new?lang=en');
  await scanPhoto(page, 0, await barcodePng(SERIAL));
  const status = page.getByRole('dialog').getByRole('status');
  await expect(status).toHaveText('Barcodes were read, but none of them is an IMEI.', { timeout: 30_000 });
  await page
    .getByRole('dialog')
    .getByLabel('Photo of the barcode', { exact: true })
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(status).toHaveText('This photo could not be read. Choose another one (JPEG or PNG).');
});
