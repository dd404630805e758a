// A stored row that no longer fits its schema is reported and skipped: it never crashes a screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { deleteDevice, getDevice, listDevices, newDevice, saveDevice } from '@/data/devices';
import { createDraft, getDraft, listDrafts } from '@/data/drafts';
import { getSettings } from '@/data/settings';
import { storageHealth } from '@/data/storage';
import { getTicket, listTickets, updateTicket } from '@/data/tickets';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  db = await openTestDb();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDb(db);
});

function corruptCount(): number {
  return storageHealth.get().corruptRecords;
}

describe('corrupt rows', () => {
  it('lists the good devices, skips a corrupt one, and reports it', async () => {
    const good = await saveDevice(newDevice({ nickname: 'Good' }));
    await db.devices.put({ id: 'bad-device', nickname: 42, slotCount: 'two' });
    const before = corruptCount();

    expect(await listDevices()).toEqual([good]);
    expect(corruptCount()).toBe(before + 1);
    expect(warn).toHaveBeenCalledWith('Skipped a corrupt devices record', 'bad-device', expect.anything());
  });

  it('counts a corrupt row once however often a live query re-reads it', async () => {
    await db.devices.put({ id: 'bad-again', nickname: null });
    await db.devices.put({ id: 'bad-too', nickname: null });
    const before = corruptCount();
    await listDevices();
    await listDevices();
    await getDevice('bad-again');
    expect(corruptCount()).toBe(before + 2);
  });

  it('returns undefined for a corrupt device rather than throwing, and lets it be deleted', async () => {
    await db.devices.put({ id: 'half-written', nickname: 'x', correctImeis: ['not-an-imei'] });
    expect(await getDevice('half-written')).toBeUndefined();
    expect(await deleteDevice('half-written')).toBeUndefined();
    expect(await db.devices.get('half-written')).toBeUndefined();
  });

  it('skips corrupt drafts and tickets in their lists', async () => {
    const draft = await createDraft();
    await db.drafts.put({ id: 'not-a-uuid', step: 'nowhere' });
    await db.tickets.put({ id: crypto.randomUUID(), status: 'lost', createdAt: 'yesterday' });
    expect(await listDrafts()).toEqual([draft]);
    expect(await getDraft('not-a-uuid')).toBeUndefined();
    expect(await listTickets()).toEqual([]);
  });

  it('does not update a corrupt ticket, and leaves the row as it was', async () => {
    const id = crypto.randomUUID();
    const row = { id, status: 'queued', history: 'broken' };
    await db.tickets.put(row);
    expect(await updateTicket(id, {}, { status: 'sent' })).toBeUndefined();
    expect(await getTicket(id)).toBeUndefined();
    expect(await db.tickets.get(id)).toEqual(row);
  });

  it('falls back to the default settings when the settings row is corrupt', async () => {
    await db.settings.put({ id: 'app', lang: 'de', kiosk: 'on' });
    const settings = await getSettings();
    expect(settings.lang).toBe('fa');
    expect(settings.kiosk.enabled).toBe(false);
  });
});
