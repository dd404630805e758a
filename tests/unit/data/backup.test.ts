// Export and import through the database: a round trip, refusals that change nothing, importing twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '@/data/backup';
import { AssistantDb } from '@/data/db';
import { listDevices, newDevice, saveDevice } from '@/data/devices';
import { createDraft, listDrafts } from '@/data/drafts';
import { getSettings, updateSettings } from '@/data/settings';
import { listTickets, putTicket } from '@/data/tickets';
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

const now = '2026-11-25T10:00:00.000Z';

/** A ticket that went from "ready to send" to `status`: its history holds both. */
function ticketVia(status: Ticket['status']): Ticket {
  return ticketIn(
    status,
    {
      history: [
        { at: now, status: 'ready-to-send' },
        { at: now, status },
      ],
    },
    now,
  );
}

async function fillDevice(): Promise<void> {
  await saveDevice(newDevice({ nickname: 'Mother’s phone', registeredImeis: ['356938035643809', ''], correctImeis: ['', ''] }));
  await createDraft({ phone: '0912' });
  await putTicket(ticketVia('queued'));
  await putTicket(ticketVia('reviewed'));
  await updateSettings({ phone: '09120000001', lang: 'en', kiosk: { enabled: false, idleSeconds: 300 } });
}

async function snapshot(): Promise<unknown> {
  return { devices: await listDevices(), drafts: await listDrafts(), tickets: await listTickets() };
}

describe('exportBackup', () => {
  it('names the file by the Jalali date and leaves kiosk settings out', async () => {
    await fillDevice();
    const exported = await exportBackup(new Date('2026-12-01T12:00:00Z'));
    expect(exported.fileName).toBe('imei-assistant-backup-1405-09-10.json');
    const file = JSON.parse(exported.text) as { data: { settings: Record<string, unknown>; tickets: Ticket[] } };
    expect(file.data.settings).toEqual({ lang: 'en', phone: '09120000001', lastDraftId: (await listDrafts())[0]?.id });
    expect(exported.text).not.toContain('kiosk');
    expect(file.data.tickets).toHaveLength(2);
    expect(file.data.tickets[0]?.history).toHaveLength(2);
  });
});

describe('importBackup', () => {
  it('brings devices, drafts, tickets and the phone number to an empty device', async () => {
    await fillDevice();
    const before = await snapshot();
    const { text } = await exportBackup();
    const other = await openTestDb();
    try {
      const result = await importBackup(text);
      expect(result).toEqual({
        ok: true,
        added: { devices: 1, drafts: 1, tickets: 2 },
        updated: { devices: 0, drafts: 0, tickets: 0 },
        unchanged: 0,
      });
      expect(await snapshot()).toEqual(before);
      expect((await getSettings()).phone).toBe('09120000001');
      expect((await getSettings()).kiosk.idleSeconds).toBe(180);
    } finally {
      await deleteTestDb(other);
    }
  });

  it('creates nothing twice when the same file is imported twice', async () => {
    await fillDevice();
    const { text } = await exportBackup();
    const before = await snapshot();
    expect(await importBackup(text)).toMatchObject({ ok: true, added: { devices: 0, drafts: 0, tickets: 0 }, unchanged: 4 });
    expect(await importBackup(text)).toMatchObject({ ok: true, unchanged: 4 });
    expect(await snapshot()).toEqual(before);
    expect(await db.tickets.count()).toBe(2);
  });

  it('refuses a damaged file and changes nothing', async () => {
    await fillDevice();
    const { text } = await exportBackup();
    const damaged = text.replace('Mother’s phone', 'Someone else’s');
    await saveDevice(newDevice({ nickname: 'Added later' }));
    const before = await snapshot();
    expect(await importBackup(damaged)).toEqual({ ok: false, reason: 'damaged' });
    expect(await importBackup('{"app":"photo-editor","version":3}')).toEqual({ ok: false, reason: 'not-backup' });
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a write fails half-way', async () => {
    await fillDevice();
    const { text } = await exportBackup();
    const other = await openTestDb();
    try {
      // The tickets table refuses writes: the devices and drafts written before must be undone.
      other.tickets.hook('creating', () => {
        throw new Error('disk full');
      });
      expect(await importBackup(text)).toEqual({ ok: false, reason: 'storage' });
      expect(await other.devices.count()).toBe(0);
      expect(await other.drafts.count()).toBe(0);
      expect(await other.tickets.count()).toBe(0);
    } finally {
      await deleteTestDb(other);
    }
  });
});
