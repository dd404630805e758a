// Kiosk reset: personal data wiped in one go, unsent tickets kept until delivered, then purged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { hashPin, normalisePin, purgeIfMarked, resetForNextCustomer, startKiosk, stopKiosk, wipePersonalData } from '@/data/kiosk';
import { getSettings, updateSettings } from '@/data/settings';
import type { Ticket } from '@/domain/schemas';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  await deleteTestDb(db);
});

const now = '2026-11-25T10:00:00.000Z';

function ticket(status: Ticket['status']): Ticket {
  return {
    id: crypto.randomUUID(),
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['356938035643809', '490154203237518'],
    registeredImeis: ['356938035643809', '490154203237526'],
    description: 'SIM 2 has no service',
    slotChecks: [true, true],
    createdAt: now,
    status,
    history: [{ at: now, status }],
  };
}

describe('wipePersonalData', () => {
  it('removes devices, drafts, the phone number and delivered tickets', async () => {
    await db.devices.put({ id: 'd1', nickname: 'Mine' });
    await db.drafts.put({ id: crypto.randomUUID() });
    await updateSettings({ phone: '09120000001', lastDraftId: 'x', lang: 'en' });
    const sent = ticket('sent');
    const reviewed = ticket('reviewed');
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
    const queued = ticket('queued');
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
    const queued = ticket('queued');
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
    const sent = ticket('sent');
    await db.tickets.put(sent);
    expect(await purgeIfMarked(sent.id)).toBe(false);
    expect(((await db.tickets.get(sent.id)) as Ticket).correctImeis).toEqual(sent.correctImeis);
  });
});

describe('the staff PIN', () => {
  it('accepts 4 to 8 digits in any script and refuses anything else', () => {
    expect(normalisePin('۱۲۳۴')).toBe('1234');
    expect(normalisePin(' 12345678 ')).toBe('12345678');
    expect(normalisePin('123')).toBeNull();
    expect(normalisePin('123456789')).toBeNull();
    expect(normalisePin('12a4')).toBeNull();
  });

  it('is stored only as a hash, and only the right PIN leaves kiosk mode', async () => {
    expect(await startKiosk('۲۴۶۸')).toBe(true);
    const { kiosk } = await getSettings();
    expect(kiosk.pinHash).toBe(await hashPin('2468'));
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('2468');

    expect(await stopKiosk('1111')).toBe(false);
    expect((await getSettings()).kiosk.enabled).toBe(true);
    expect(await stopKiosk('2468')).toBe(true);
    expect((await getSettings()).kiosk.enabled).toBe(false);
  });

  it('refuses to start with an invalid PIN', async () => {
    expect(await startKiosk('12')).toBe(false);
    expect((await getSettings()).kiosk.enabled).toBe(false);
  });
});
