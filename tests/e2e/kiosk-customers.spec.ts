// A shop's tablet serves one customer after another: a receipt for each, and nothing of one left for the next.
import { expect, test, type Page } from '@playwright/test';
import { demoCase, fileTicket, resetIntake, ticketStatus, waitForServiceWorker } from './queue-journey';
import { dumpStorage, placesHolding } from './kiosk-storage';
import { expectNoAxeViolations, waitForFirstUsePart } from './support';

const FIRST_NOTE = 'First customer: slot two silent since the board repair';
const SECOND_NOTE = 'Second customer wonders about a gift phone';

async function storedTicket(page: Page, id: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(async (ticketId) => {
    const open = indexedDB.open('imei-assistant');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<unknown>((resolve, reject) => {
      const read = db.transaction('tickets').objectStore('tickets').get(ticketId);
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return (row as Record<string, unknown> | undefined) ?? null;
  }, id);
}

/** Pages in a PDF: each page object has "/Type /Page" (the tree's root has "/Type /Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test('two customers in a row: the first gets a receipt, their offline ticket is delivered then purged, and nothing of them stays', async ({
  page,
  context,
  request,
}) => {
  // A whole shop sequence: two customers, the network down and back, the idle wipe.
  test.setTimeout(240_000);
  await resetIntake(request);
  await page.clock.install();
  await page.goto('/?kiosk&lang=en');
  await page.getByLabel('PIN').fill('2468');
  await page.getByLabel('Wipe automatically after this many idle minutes').selectOption('10');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  await waitForServiceWorker(page);
  // The tablet keeps kiosk mode's code once it is a kiosk: from then on it works offline.
  await waitForFirstUsePart(page, 'kiosk');

  // Customer 1 files a ticket while the shop's network is down.
  const first = demoCase('approved');
  const firstValues = [first.requester.phone, ...first.correctImeis, ...first.registeredImeis, FIRST_NOTE];
  await context.setOffline(true);
  const ticketId = await fileTicket(page, first, FIRST_NOTE);
  await expect(ticketStatus(page)).toHaveText('Status: queued');

  // The receipt: masked numbers, a short reference, a QR code made on the device, one printed page.
  await page.getByRole('button', { name: 'Receipt', exact: true }).click();
  const receipt = page.getByRole('region', { name: 'IMEI correction ticket receipt' });
  await expect(receipt).toBeVisible();
  for (const imei of first.correctImeis) await expect(receipt).toContainText(`•••••••••••${imei.slice(-4)}`);
  await expect(receipt).toContainText(`••••••••${first.requester.phone.slice(-3)}`);
  const receiptText = (await receipt.textContent()) ?? '';
  for (const value of [...firstValues, ticketId]) expect(receiptText).not.toContain(value);
  expect(receiptText).toContain(ticketId.slice(0, 4).toUpperCase());
  await expect(receipt.getByText('Date (Jalali)')).toBeVisible();
  await expect(receipt.getByText('Date (Gregorian)')).toBeVisible();
  await receipt.getByRole('button', { name: 'Show QR code' }).click();
  await expect(receipt.getByRole('img', { name: /QR code of this receipt/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);

  await page.getByRole('button', { name: 'New customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
  // Still offline: only the unsent ticket, its crash copy, and the queue's copy of its request hold customer 1's data.
  const whileQueued = placesHolding(await dumpStorage(page), firstValues);
  for (const place of whileQueued) {
    expect(['indexeddb:imei-assistant/tickets', `opfs:/ticket-copies/${ticketId}.json`, 'indexeddb:ticket-queue/entries']).toContain(place);
  }

  // The network is back: the ticket is delivered, then its personal fields are purged, from its crash copy too.
  await context.setOffline(false);
  await expect.poll(async () => (await storedTicket(page, ticketId))?.purged, { timeout: 30_000 }).toBe(true);
  await expect.poll(async () => placesHolding(await dumpStorage(page), firstValues)).toEqual([]);

  // Customer 2 starts typing, then walks away: the idle countdown wipes.
  const second = demoCase('not-owner');
  await page.getByRole('link', { name: 'Register & track problems' }).first().click();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('Correct IMEI 1', { exact: true }).fill(second.correctImeis[0] ?? '');
  await page.getByLabel('Phone number', { exact: true }).fill(second.requester.phone);
  await page.getByLabel('Phone number', { exact: true }).blur();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.clock.fastForward('10:05');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to do?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  const secondValues = [second.requester.phone, second.correctImeis[0] ?? '', SECOND_NOTE];
  expect(placesHolding(await dumpStorage(page), [...firstValues, ...secondValues])).toEqual([]);
});
