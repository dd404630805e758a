// Kiosk reset: personal data wiped in one go, unsent tickets kept until delivered, then purged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { resetForNextCustomer, wipePersonalData } from '@/data/kiosk';
import { purgeIfMarked } from '@/data/kioskPurge';
import { startKiosk } from '@/data/kioskPin';
import { getSettings, updateSettings } from '@/data/settings';
import type { Ticket } from '@/domain/schemas';
import { deleteTestDb, openTestDb } from '../testDb';
import { ticketIn } from './ticketFixtures';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  await deleteTestDb(db);
});

describe('wipePersonalData', () => {
  it('removes devices, drafts, the phone number and delivered tickets', async () => {
    await db.devices.put({ id: 'd1', nickname: 'Mine' });
    await db.drafts.put({ id: crypto.randomUUID() });
    await updateSettings({ phone: '09120000001', lastDraftId: 'x', lang: 'en' });
    const sent = ticketIn('sent');
    const reviewed = ticketIn('reviewed');
    await db.tickets.bulkPut([sent, reviewed]);

    await wipePersonalData();

    expect(await db.devices.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.tickets.count()).toBe(0);
    const settings = await getSettings();
    expect(settings.phone).toBe('');
    expect(settings.lastDraftId).toBeUndefined();
    expect(settings.lang).toBe('en');
  });

  it('keeps a queued ticket, marked to be purged once delivered', async () => {
    const queued = ticketIn('queued');
    await db.tickets.put(queued);

    const { keptUnsent } = await wipePersonalData();

    expect(keptUnsent).toBe(1);
    const kept = (await db.tickets.get(queued.id)) as Ticket;
    expect(kept.correctImeis).toEqual(queued.correctImeis);
    expect(kept.purgeWhenSent).toBe(true);
  });

  it('deletes a damaged ticket row instead of keeping unreadable personal data', async () => {
    await db.tickets.put({ id: 'broken', requester: { phone: '09120000001' } });
    await wipePersonalData();
    expect(await db.tickets.get('broken')).toBeUndefined();
  });

  it('keeps the kiosk settings so the next customer is still in kiosk mode', async () => {
    await startKiosk('1234', 120);
    await wipePersonalData();
    const { kiosk } = await getSettings();
    expect(kiosk.enabled).toBe(true);
    expect(kiosk.idleSeconds).toBe(120);
  });
});

describe('resetForNextCustomer', () => {
  it('wipes the data, then reloads when no app update waits', async () => {
    await db.devices.put({ id: 'd1', nickname: 'Mine' });
    const restart = { updateWaiting: () => false, applyUpdate: vi.fn(async () => undefined), reload: vi.fn() };

    await resetForNextCustomer(restart);

    expect(await db.devices.count()).toBe(0);
    expect(restart.reload).toHaveBeenCalledOnce();
    expect(restart.applyUpdate).not.toHaveBeenCalled();
  });

  it('applies a waiting app update between customers instead of a plain reload', async () => {
    const restart = { updateWaiting: () => true, applyUpdate: vi.fn(async () => undefined), reload: vi.fn() };

    await resetForNextCustomer(restart);

    expect(restart.applyUpdate).toHaveBeenCalledOnce();
    expect(restart.reload).not.toHaveBeenCalled();
  });
});

describe('purgeIfMarked', () => {
  it('empties the personal fields of a marked ticket once it is sent', async () => {
    const queued = ticketIn('queued');
    await db.tickets.put(queued);
    await wipePersonalData();
    expect(await purgeIfMarked(queued.id)).toBe(false); // not delivered yet

    const stored = (await db.tickets.get(queued.id)) as Ticket;
    await db.tickets.put({ ...stored, status: 'sent' });
    expect(await purgeIfMarked(queued.id)).toBe(true);

    const purged = (await db.tickets.get(queued.id)) as Ticket;
    expect(purged.requester.phone).toBe('');
    expect(purged.correctImeis).toEqual([]);
    expect(purged.registeredImeis).toEqual([]);
    expect(purged.description).toBe('');
    expect(purged.purged).toBe(true);
    expect(purged.status).toBe('sent');
  });

  it('leaves an unmarked delivered ticket alone', async () => {
    const sent = ticketIn('sent');
    await db.tickets.put(sent);
    expect(await purgeIfMarked(sent.id)).toBe(false);
    expect(((await db.tickets.get(sent.id)) as Ticket).correctImeis).toEqual(sent.correctImeis);
  });
});
