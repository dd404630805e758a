// Steps the Hamta hand-off and share-target journeys share: a ticket written straight into the app's database, the clipboard.
import type { Page } from '@playwright/test';
import { putTickets } from './support';

/** A ticket as the app keeps it, stored directly (the wizard has its own journeys); returns its id. */
export async function seedTicket(page: Page, fields: Record<string, unknown> = {}): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const status = typeof fields.status === 'string' ? fields.status : 'sent';
  const ticket = {
    id,
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['350281374182634', '350281374182717'],
    registeredImeis: ['350281374182634', '350281375582717'],
    description: 'SIM 2 says no service',
    slotChecks: [true, true],
    createdAt: now,
    status,
    history: [{ at: now, status }],
    ...fields,
  };
  await putTickets(page, [ticket]);
  return id;
}

/** What the page would paste: needs the context's clipboard-read permission. */
export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
