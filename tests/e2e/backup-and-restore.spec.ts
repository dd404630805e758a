// Backing up everything on one browser and restoring it on another: nothing lost, nothing doubled, bad files refused.
import { expect, test, type Page } from '@playwright/test';

const NOW = '2026-11-30T09:00:00.000Z';
const DEVICE = {
  id: 'device-backup-1',
  nickname: 'Mother’s phone',
  model: 'A54',
  slotCount: 2,
  registeredImeis: ['356938035643809', '356938036633817'],
  correctImeis: ['356938035643809', '356938035643817'],
  notes: '',
  createdAt: NOW,
  updatedAt: NOW,
};
const DRAFT = {
  id: '6f1d7a3e-4b7c-4c1e-9a51-0c6f7d1b2a01',
  step: 'registered',
  phone: '09123456789',
  correctImeis: ['356938035643809', '356938035643817'],
  registeredImeis: ['3569380'],
  slotChecklist: [],
  description: 'half written',
  createdAt: NOW,
  updatedAt: NOW,
};
function ticket(id: string, status: 'reviewed' | 'not-sent'): Record<string, unknown> {
  return {
    id,
    subject: 'imei-mismatch',
    requester: { phone: '09123456789' },
    correctImeis: ['356938035643809', '356938035643817'],
    registeredImeis: ['356938035643809', '356938036633817'],
    description: '',
    slotChecks: [true, true],
    createdAt: NOW,
    status,
    history: [
      { at: NOW, status: 'queued', detail: 'submitted' },
      { at: NOW, status },
    ],
    ...(status === 'reviewed' ? { verdict: 'approved', reviewedAt: NOW, receivedAt: NOW } : {}),
  };
}
const TICKETS = [ticket('0b8f4a52-5e1d-4d7e-8c3a-1f2e3d4c5b01', 'reviewed'), ticket('0b8f4a52-5e1d-4d7e-8c3a-1f2e3d4c5b02', 'not-sent')];

type Stores = Record<'devices' | 'drafts' | 'tickets', unknown[]>;

/** Runs against the app's own IndexedDB database, once the app has opened it. */
async function withDatabase<T>(page: Page, run: string, records: Stores | null): Promise<T> {
  return page.evaluate(
    async ({ run, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('imei-assistant');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const names = ['devices', 'drafts', 'tickets'] as const;
      const tx = db.transaction([...names], run === 'seed' ? 'readwrite' : 'readonly');
      const done = new Promise((resolve) => (tx.oncomplete = resolve));
      const result: Record<string, unknown[]> = {};
      for (const name of names) {
        if (records) for (const record of records[name]) tx.objectStore(name).put(record);
        else
          result[name] = await new Promise<unknown[]>((resolve) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
          });
      }
      await done;
      db.close();
      return result as T;
    },
    { run, records },
  );
}

const seed = (page: Page): Promise<void> => withDatabase(page, 'seed', { devices: [DEVICE], drafts: [DRAFT], tickets: TICKETS });
const dump = (page: Page): Promise<Stores> => withDatabase(page, 'dump', null);

async function openSettings(page: Page): Promise<void> {
  await page.goto('/settings?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: 'Back up and restore' })).toBeVisible();
}

async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export data', exact: true }).click();
  const download = await downloading;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import data', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('moves devices, drafts and tickets to a fresh browser, and importing twice doubles nothing', async ({ page, browser, baseURL }) => {
  await openSettings(page);
  await seed(page);
  const original = await dump(page);
  await openSettings(page);
  const file = await exportFile(page);
  expect(file.name).toMatch(/^imei-assistant-backup-14\d\d-\d\d-\d\d\.json$/);
  await expect(page.getByRole('status').filter({ hasText: `Saved ${file.name}` })).toBeVisible();

  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    await openSettings(other);
    expect(await dump(other)).toEqual({ devices: [], drafts: [], tickets: [] });
    const status = other.getByRole('status').filter({ hasText: 'Imported' });

    await importFile(other, file.name, file.text);
    await expect(status).toHaveText('Imported: 1 new devices, 1 new drafts and 2 new tickets; 0 updated; 0 already on this device.');
    expect(await dump(other)).toEqual(original);

    await importFile(other, file.name, file.text);
    await expect(status).toHaveText('Imported: 0 new devices, 0 new drafts and 0 new tickets; 0 updated; 4 already on this device.');
    expect(await dump(other)).toEqual(original);

    // The user sees what came over.
    await other.goto('/devices?lang=en');
    await expect(other.getByText('Mother’s phone')).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test("refuses a damaged file and another app's file, and changes nothing", async ({ page }) => {
  await openSettings(page);
  await seed(page);
  await openSettings(page);
  const file = await exportFile(page);
  const before = await dump(page);
  const refusal = page.getByRole('status').filter({ hasText: 'Nothing was imported.' });

  await importFile(page, file.name, file.text.replace('half written', 'half writteN'));
  await expect(refusal).toHaveText('This backup file is damaged (changed or cut short). Nothing was imported.');
  await importFile(page, file.name, file.text.slice(0, 200));
  await expect(refusal).toHaveText('This backup file is damaged (changed or cut short). Nothing was imported.');
  await importFile(page, 'notes.json', JSON.stringify({ app: 'notes-app', version: 1, data: { devices: [DEVICE] } }));
  await expect(refusal).toHaveText('This file is not a backup of this app. Nothing was imported.');
  await importFile(page, 'newer.json', JSON.stringify({ ...JSON.parse(file.text), version: 9 }));
  await expect(refusal).toHaveText(
    'This backup was made by a newer version of the app. Update the app, then import it again. Nothing was imported.',
  );
  expect(await dump(page)).toEqual(before);
});

test('reminds once to export when tickets are kept where the browser may clear them', async ({ page }) => {
  await openSettings(page);
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  expect(persisted).toBe(false);
  await seed(page);
  await page.goto('/problems?lang=en');
  const reminder = page.getByText('Your tickets are kept only in this browser, and the browser may clear them. Export a backup file.');
  await expect(reminder).toBeVisible();
  await page.getByRole('link', { name: 'Go to backup', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Export data', exact: true })).toBeVisible();
  await page.goto('/problems?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('in kiosk mode, Settings offers neither export nor import', async ({ page }) => {
  await page.goto('/?kiosk&lang=en');
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(page.getByText('Export and import are off in kiosk mode')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export data', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Import data', { exact: true })).toHaveCount(0);
});
