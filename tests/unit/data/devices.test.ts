// The device list repository: create, edit, order, delete with undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistantDb } from '@/data/db';
import { deleteDevice, getDevice, listDevices, newDevice, restoreDevice, saveDevice } from '@/data/devices';
import { deviceSchema } from '@/domain/schemas';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  await deleteTestDb(db);
});

const IMEI_1 = '356938035643809';
const IMEI_2 = '356938035643817';

describe('newDevice', () => {
  it('makes a valid dual-SIM device with a fresh uuid and an empty box per slot', () => {
    const device = newDevice();
    expect(deviceSchema.safeParse(device).success).toBe(true);
    expect(device.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(device.slotCount).toBe(2);
    expect(device.correctImeis).toEqual(['', '']);
    expect(device.registeredImeis).toEqual(['', '']);
    expect(Date.parse(device.createdAt)).not.toBeNaN();
    expect(newDevice().id).not.toBe(device.id);
  });

  it('sizes the IMEI boxes to the slot count it is given, and keeps the given fields', () => {
    const device = newDevice({ slotCount: 3, nickname: 'Work phone' });
    expect(device.correctImeis).toEqual(['', '', '']);
    expect(device.registeredImeis).toEqual(['', '', '']);
    expect(device.nickname).toBe('Work phone');
  });

  it('stores nothing by itself', async () => {
    newDevice();
    expect(await listDevices()).toEqual([]);
  });
});

describe('saveDevice and getDevice', () => {
  it('stores a device and reads it back', async () => {
    const device = newDevice({ nickname: 'Galaxy', correctImeis: [IMEI_1, IMEI_2] });
    await saveDevice(device);
    const stored = await getDevice(device.id);
    expect(stored?.nickname).toBe('Galaxy');
    expect(stored?.correctImeis).toEqual([IMEI_1, IMEI_2]);
  });

  it('sets updatedAt to the time of the save', async () => {
    const device = newDevice({ updatedAt: '2020-01-01T00:00:00.000Z' });
    const before = Date.now();
    const saved = await saveDevice(device);
    expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(before);
    expect((await getDevice(device.id))?.updatedAt).toBe(saved.updatedAt);
  });

  it('replaces an edited device instead of adding a second one', async () => {
    const device = await saveDevice(newDevice({ nickname: 'Old name' }));
    await saveDevice({ ...device, nickname: 'New name' });
    const devices = await listDevices();
    expect(devices.map((d) => d.nickname)).toEqual(['New name']);
  });

  it('refuses a device whose IMEI is not 15 digits, and stores nothing', async () => {
    const device = newDevice({ correctImeis: ['12345', ''] });
    await expect(saveDevice(device)).rejects.toThrow();
    expect(await getDevice(device.id)).toBeUndefined();
  });

  it('returns undefined for a device that does not exist', async () => {
    expect(await getDevice('no-such-device')).toBeUndefined();
  });
});

describe('listDevices', () => {
  it('lists devices by nickname', async () => {
    for (const nickname of ['Zed', 'Alpha', 'گوشی دوم', 'Mid', 'phone 10', 'phone 9']) {
      await saveDevice(newDevice({ nickname }));
    }
    const names = (await listDevices()).map((d) => d.nickname);
    expect(names.indexOf('Alpha')).toBeLessThan(names.indexOf('Mid'));
    expect(names.indexOf('Mid')).toBeLessThan(names.indexOf('Zed'));
    expect(names.indexOf('phone 9')).toBeLessThan(names.indexOf('phone 10'));
    expect(names).toHaveLength(6);
  });
});

describe('deleteDevice and restoreDevice', () => {
  it('deletes a device and returns it, so that undo puts it back unchanged', async () => {
    const saved = await saveDevice(newDevice({ nickname: 'To delete', registeredImeis: [IMEI_1, ''] }));
    const deleted = await deleteDevice(saved.id);
    expect(deleted).toEqual(saved);
    expect(await getDevice(saved.id)).toBeUndefined();

    await restoreDevice(deleted!);
    expect(await getDevice(saved.id)).toEqual(saved);
  });

  it('returns undefined when deleting a device that does not exist', async () => {
    expect(await deleteDevice('no-such-device')).toBeUndefined();
  });
});
