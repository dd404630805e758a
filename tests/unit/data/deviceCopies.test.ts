// The devices' crash copies: kept as each device is stored, gone with the device, and brought back when the browser
// deleted a damaged database.
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '@/data/backup';
import { deleteDevice, deviceCopies, getDevice, listDevices, newDevice, restoreDevice, saveDevice } from '@/data/devices';
import { wipePersonalData } from '@/data/kiosk';
import { storageHealth } from '@/data/storage';
import { copiesUnderTest } from './memoryFolder';

const fixture = copiesUnderTest(deviceCopies);

/** The copies as stored, once every write so far has reached them. */
async function copies(): Promise<unknown[]> {
  await fixture.written();
  return deviceCopies.read();
}

/** A dual-SIM phone's IMEIs, a fresh copy for each device. */
function imeisOf(): { registeredImeis: string[]; correctImeis: string[] } {
  return { registeredImeis: ['356938035643809', '356938035643817'], correctImeis: ['356938035643809', ''] };
}

describe('device copies', () => {
  it('keep the latest stored version of each device, gone when it is deleted and back with Undo', async () => {
    const phone = await saveDevice(newDevice({ nickname: 'Work phone', ...imeisOf() }));
    const edited = await saveDevice({ ...phone, nickname: 'Old work phone' });
    expect(await copies()).toEqual([edited]);
    expect([...fixture.folder.files.keys()]).toEqual([`${phone.id}.json`]);

    const deleted = await deleteDevice(phone.id);
    await fixture.written();
    expect(fixture.folder.files.size).toBe(0);

    await restoreDevice(deleted ?? phone);
    expect(await copies()).toEqual([edited]);
  });

  it('all go at a kiosk reset, with the devices', async () => {
    await saveDevice(newDevice({ nickname: 'Customer phone', ...imeisOf() }));
    await fixture.written();
    expect(fixture.folder.files.size).toBe(1);
    await wipePersonalData();
    expect(await listDevices()).toEqual([]);
    expect(fixture.folder.files.size).toBe(0);
  });

  it('are written for the devices a backup brings in', async () => {
    const phone = await saveDevice(newDevice({ nickname: 'Backed up', ...imeisOf() }));
    const { text } = await exportBackup();
    await deleteDevice(phone.id);
    await fixture.written();
    expect(fixture.folder.files.size).toBe(0);

    expect(await importBackup(text)).toMatchObject({ ok: true, added: { devices: 1 } });
    expect(await copies()).toEqual([phone]);
  });

  it('never fail a save when the copy cannot be written', async () => {
    fixture.folder.failWrites = true;
    const phone = await saveDevice(newDevice({ nickname: 'Disk full', ...imeisOf() }));
    expect(await getDevice(phone.id)).toEqual(phone);
    expect(fixture.folder.files.size).toBe(0);
  });
});

describe('deviceCopies.recover', () => {
  it('brings every device back when the browser deleted the damaged database, and says so', async () => {
    const first = await saveDevice(newDevice({ nickname: 'First', ...imeisOf() }));
    const second = await saveDevice(newDevice({ nickname: 'Second', slotCount: 1, registeredImeis: [''], correctImeis: [''] }));
    await fixture.loseDatabase();
    expect(await listDevices()).toEqual([]);

    expect(await deviceCopies.recover(true)).toBe(2);
    expect(await listDevices()).toEqual([first, second]);
    expect(storageHealth.get().recoveredDevices).toBe(2);
  });

  it('puts back a newer copy over an older stored device, without a notice', async () => {
    const phone = await saveDevice(newDevice({ nickname: 'Before', ...imeisOf() }));
    const newer = await saveDevice({ ...phone, nickname: 'After' });
    // IndexedDB lost the last write: the stored device is the older one, its copy the newer.
    await fixture.db.devices.put({ ...phone, updatedAt: '2026-01-01T00:00:00.000Z' });
    await fixture.written();
    fixture.folder.files.set(`${phone.id}.json`, JSON.stringify(newer));

    expect(await deviceCopies.recover(false)).toBe(1);
    expect(await getDevice(phone.id)).toEqual(newer);
    expect(storageHealth.get().recoveredDevices).toBe(0);
  });

  it('never brings back a device deleted while its copy stayed, and removes that copy', async () => {
    const phone = await saveDevice(newDevice({ nickname: 'Gone', ...imeisOf() }));
    await fixture.db.devices.delete(phone.id);
    // The page was killed before the copy's removal was written.
    await fixture.written();
    fixture.folder.files.set(`${phone.id}.json`, JSON.stringify(phone));

    expect(await deviceCopies.recover(false)).toBe(0);
    expect(await getDevice(phone.id)).toBeUndefined();
    await fixture.written();
    expect(fixture.folder.files.size).toBe(0);
  });
});
