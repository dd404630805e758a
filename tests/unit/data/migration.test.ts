// Old databases on users' phones keep their data: version 1 rows read back today, and the pattern for version 2.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { getDevice, listDevices } from '@/data/devices';
import { getDraft, listDrafts } from '@/data/drafts';
import { getSettings } from '@/data/settings';
import { setDatabase, storageHealth } from '@/data/storage';
import { getTicket } from '@/data/tickets';

// The stores exactly as version 1 declared them, written by a plain Dexie (no app code),
// as an installed older build of the app would have left them.
const V1_STORES = {
  devices: 'id, updatedAt',
  drafts: 'id, updatedAt',
  tickets: 'id, status, createdAt',
  settings: 'id',
};

const AT = '2024-06-01T09:30:00.000Z';
const DRAFT_ID = '0f8b7f5e-6c2b-4a53-9a51-6f3f8f0c2d11';
const TICKET_ID = '7d2c1b0a-9e8f-4d6c-8b5a-4f3e2d1c0b9a';

const v1Rows = {
  // Written before `model` and `notes` existed: they parse with their defaults.
  device: {
    id: 'device-1',
    nickname: 'Galaxy',
    slotCount: 2,
    registeredImeis: ['356938035643809', '356938035643825'],
    correctImeis: ['356938035643809', '356938035643817'],
    createdAt: AT,
    updatedAt: AT,
  },
  draft: {
    id: DRAFT_ID,
    step: 'registered',
    phone: '09121234567',
    correctImeis: ['356938035643809', '35693803564381'],
    registeredImeis: ['', ''],
    slotChecklist: [
      { simInserted: true, switchedOn: true, callMade: false },
      { simInserted: false, switchedOn: false, callMade: false },
    ],
    description: 'نیمه‌کاره',
    createdAt: AT,
    updatedAt: AT,
  },
  ticket: {
    id: TICKET_ID,
    subject: 'imei-mismatch',
    requester: { phone: '09121234567' },
    correctImeis: ['356938035643809', '356938035643817'],
    registeredImeis: ['356938035643809', '356938035643825'],
    description: '',
    slotChecks: [true, true],
    createdAt: AT,
    status: 'queued',
    history: [
      { at: AT, status: 'ready-to-send' },
      { at: AT, status: 'queued' },
    ],
  },
  // Written before kiosk settings existed.
  settings: { id: 'app', lang: 'en', phone: '09121234567', lastDraftId: DRAFT_ID },
};

async function writeAsVersion1(name: string, write: (old: Dexie) => Promise<void>): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  await write(old);
  old.close();
}

let name: string;
let db: Dexie | undefined;

beforeEach(() => {
  name = 'test-' + crypto.randomUUID();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  db?.close();
  db = undefined;
  await Dexie.delete(name);
});

describe('opening a version 1 database with the current AssistantDb', () => {
  it('keeps every record, readable through the repositories', async () => {
    await writeAsVersion1(name, async (old) => {
      await old.table('devices').put(v1Rows.device);
      await old.table('drafts').put(v1Rows.draft);
      await old.table('tickets').put(v1Rows.ticket);
      await old.table('settings').put(v1Rows.settings);
    });
    const corruptBefore = storageHealth.get().corruptRecords;

    const current = new AssistantDb(name);
    db = current;
    setDatabase(current);

    const device = await getDevice('device-1');
    expect(device).toMatchObject({ nickname: 'Galaxy', model: '', notes: '', slotCount: 2 });
    expect(device?.correctImeis).toEqual(v1Rows.device.correctImeis);
    expect(await getDraft(DRAFT_ID)).toEqual(v1Rows.draft);
    const ticket = await getTicket(TICKET_ID);
    expect(ticket?.status).toBe('queued');
    expect(ticket?.history).toHaveLength(2);
    const settings = await getSettings();
    expect(settings).toMatchObject({ lang: 'en', phone: '09121234567', lastDraftId: DRAFT_ID });
    expect(settings.kiosk.enabled).toBe(false);
    expect(storageHealth.get().corruptRecords).toBe(corruptBefore);
  });
});

/**
 * What a future version 2 looks like (see the comment in src/data/db.ts): devices
 * get a `nickname` index, and rows written by a build that called it `name`, or
 * left it empty, are rewritten in the upgrade so the current schema reads them.
 */
class AssistantDbVersion2 extends AssistantDb {
  constructor(name: string) {
    super(name);
    this.version(2)
      .stores({ devices: 'id, updatedAt, nickname' })
      .upgrade((tx) =>
        tx
          .table('devices')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (typeof row.name === 'string') {
              row.nickname = row.name;
              delete row.name;
            }
            if (row.nickname === '') row.nickname = typeof row.model === 'string' && row.model ? row.model : 'Phone';
          }),
      );
  }
}

describe('upgrading a version 1 database to a version 2 with an upgrade function', () => {
  it('rewrites old rows into the current shape and keeps the other tables untouched', async () => {
    const { nickname: _unused, ...legacyDevice } = v1Rows.device;
    await writeAsVersion1(name, async (old) => {
      await old
        .table('devices')
        .bulkPut([
          { ...legacyDevice, id: 'legacy', name: 'Old phone' },
          { ...v1Rows.device, id: 'unnamed', nickname: '', model: 'Redmi Note 12' },
          v1Rows.device,
        ]);
      await old.table('drafts').put(v1Rows.draft);
    });

    const upgraded = new AssistantDbVersion2(name);
    db = upgraded;
    setDatabase(upgraded);

    expect((await listDevices()).map((d) => [d.id, d.nickname])).toEqual([
      ['device-1', 'Galaxy'],
      ['legacy', 'Old phone'],
      ['unnamed', 'Redmi Note 12'],
    ]);
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.devices.where('nickname').equals('Old phone').primaryKeys()).toEqual(['legacy']);
    expect(await upgraded.devices.get('legacy')).not.toHaveProperty('name');
    expect(await listDrafts()).toEqual([v1Rows.draft]);
  });

  it('without the upgrade, the same legacy row is skipped as corrupt rather than shown half-read', async () => {
    const { nickname: _unused, ...legacyDevice } = v1Rows.device;
    await writeAsVersion1(name, async (old) => {
      await old.table('devices').bulkPut([{ ...legacyDevice, id: 'legacy', name: 'Old phone' }, v1Rows.device]);
    });
    const corruptBefore = storageHealth.get().corruptRecords;

    const current = new AssistantDb(name);
    db = current;
    setDatabase(current);

    expect((await listDevices()).map((d) => d.id)).toEqual(['device-1']);
    expect(storageHealth.get().corruptRecords).toBe(corruptBefore + 1);
  });
});
