// The backup format: canonical JSON, checksum, refusals, the file name, and how a backup merges.
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupText,
  canonicalJson,
  createBackup,
  planBackupMerge,
  readBackup,
  type BackupData,
  type DeviceHolding,
} from '@/domain/backup';
import type { Device, Ticket, TicketDraft } from '@/domain/schemas';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-21T08:00:00.000Z';

function device(id: string, updatedAt = T0, nickname = 'Phone'): Device {
  return {
    id,
    nickname,
    model: '',
    slotCount: 2,
    registeredImeis: ['356938035643809', ''],
    correctImeis: ['', ''],
    notes: '',
    createdAt: T0,
    updatedAt,
  };
}

function draft(id: string, updatedAt = T0): TicketDraft {
  return {
    id,
    step: 'correct',
    phone: '',
    correctImeis: ['35693803'],
    registeredImeis: [],
    slotChecklist: [],
    description: '',
    createdAt: T0,
    updatedAt,
  };
}

function ticket(id: string, status: Ticket['status'] = 'queued', lastAt = T0): Ticket {
  return {
    id,
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['356938035643809', '356938035643817'],
    registeredImeis: ['356938035643809', '356938035643825'],
    description: '',
    slotChecks: [true, true],
    createdAt: T0,
    status,
    history: [{ at: lastAt, status }],
  };
}

const D1 = '11111111-1111-4111-8111-111111111111';
const D2 = '22222222-2222-4222-8222-222222222222';
const K1 = '33333333-3333-4333-8333-333333333333';

const data: BackupData = {
  devices: [device('dev-1')],
  drafts: [draft(D1)],
  tickets: [ticket(K1)],
  settings: { lang: 'en', phone: '09120000001', lastDraftId: D1 },
};

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined] })).toBe('{"b":1,"c":[null]}');
  });
});

describe('createBackup and readBackup', () => {
  it('reads back what it wrote', async () => {
    const backup = await createBackup(data, new Date(T1));
    expect(backup).toMatchObject({ app: 'imei-correction-assistant', version: 1, exportedAt: T1 });
    expect(backup.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await readBackup(backupText(backup))).toEqual({ ok: true, backup });
  });

  it('accepts a file whose keys were reordered (the checksum is over canonical JSON)', async () => {
    const backup = await createBackup(data, new Date(T1));
    const reordered = JSON.stringify({
      checksum: backup.checksum,
      data: backup.data,
      exportedAt: backup.exportedAt,
      version: 1,
      app: backup.app,
    });
    expect((await readBackup(reordered)).ok).toBe(true);
  });

  it('refuses an edited file as damaged', async () => {
    const text = backupText(await createBackup(data, new Date(T1))).replace('09120000001', '09120000002');
    expect(await readBackup(text)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a file cut short, or one that fails its schema, as damaged', async () => {
    const text = backupText(await createBackup(data, new Date(T1)));
    expect(await readBackup(text.slice(0, text.length / 2))).toEqual({ ok: false, reason: 'damaged' });
    const broken = JSON.parse(text) as { data: { devices: unknown[] } };
    broken.data.devices = [{ id: 'x' }];
    expect(await readBackup(JSON.stringify(broken))).toEqual({ ok: false, reason: 'damaged' });
  });

  it("refuses another app's file and text that is not JSON as not a backup", async () => {
    expect(await readBackup('{"app":"other-app","version":1,"data":{}}')).toEqual({ ok: false, reason: 'not-backup' });
    expect(await readBackup('[1,2,3]')).toEqual({ ok: false, reason: 'not-backup' });
    expect(await readBackup('PK\u0003\u0004 zip bytes')).toEqual({ ok: false, reason: 'not-backup' });
    expect(await readBackup('')).toEqual({ ok: false, reason: 'not-backup' });
  });

  it('refuses a file of a newer version', async () => {
    const backup = await createBackup(data, new Date(T1));
    expect(await readBackup(JSON.stringify({ ...backup, version: 2 }))).toEqual({ ok: false, reason: 'newer-version' });
  });
});

describe('backupFileName', () => {
  it('names the file by the Jalali date in Tehran, in ASCII digits', () => {
    expect(backupFileName(new Date('2026-12-01T12:00:00Z'))).toBe('imei-assistant-backup-1405-09-10.json');
    // 22:00 UTC is already the next day in Tehran (UTC+3:30).
    expect(backupFileName(new Date('2026-12-01T22:00:00Z'))).toBe('imei-assistant-backup-1405-09-11.json');
  });
});

describe('planBackupMerge', () => {
  const empty: DeviceHolding = { devices: [], drafts: [], tickets: [], settings: { lang: 'fa', phone: '' } };

  it('adds everything to an empty device, and takes the phone number and the draft to resume', () => {
    expect(planBackupMerge(data, empty)).toEqual({
      devices: data.devices,
      drafts: data.drafts,
      tickets: data.tickets,
      settings: { phone: '09120000001', lastDraftId: D1 },
    });
  });

  it('writes nothing when the device already holds the same records (importing twice)', () => {
    const holding: DeviceHolding = { ...data, settings: data.settings };
    expect(planBackupMerge(data, holding)).toEqual({ devices: [], drafts: [], tickets: [], settings: {} });
  });

  it('keeps the newer record by id, whichever side it is on', () => {
    const holding: DeviceHolding = {
      devices: [device('dev-1', T1, 'Renamed here')],
      drafts: [draft(D1, T0)],
      tickets: [ticket(K1, 'sent', T1)],
      settings: { lang: 'fa', phone: '09129999999' },
    };
    const incoming: BackupData = { ...data, drafts: [draft(D1, T1), draft(D2)], tickets: [ticket(K1, 'queued', T0)] };
    const merge = planBackupMerge(incoming, holding);
    expect(merge.devices).toEqual([]);
    expect(merge.drafts).toEqual([draft(D1, T1), draft(D2)]);
    expect(merge.tickets).toEqual([]);
    // The device's own language and phone number stay.
    expect(merge.settings).toEqual({ lastDraftId: D1 });
  });

  it('takes a ticket whose history moved on further in the file', () => {
    const holding: DeviceHolding = { ...empty, tickets: [ticket(K1, 'queued', T0)] };
    const newer = ticket(K1, 'reviewed', T1);
    expect(planBackupMerge({ ...data, tickets: [newer] }, holding).tickets).toEqual([newer]);
  });

  it('keeps one record when a file lists an id twice', () => {
    const merge = planBackupMerge({ ...data, devices: [device('dev-1', T0), device('dev-1', T1, 'Later')] }, empty);
    expect(merge.devices).toEqual([device('dev-1', T1, 'Later')]);
  });
});
