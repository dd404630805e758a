// The owner's devices (Hamta's "Device management"), kept on the device.
import { deviceSchema, type Device } from '../domain/schemas';
import { DEFAULT_SLOT_COUNT } from '../domain/slots';
import { recordCopies } from './recordCopies';
import { parseRow, parseRows } from './records';
import { getDb, trackWrite } from './storage';

/** Each device's crash copy (src/data/recordCopies.ts), following every committed write: saved, deleted, imported. */
export const deviceCopies = recordCopies<Device>({
  folder: 'device-copies',
  schema: deviceSchema,
  table: 'devices',
  recoveredAs: 'recoveredDevices',
  followsCommits: true,
});

// Persian first, then English: nicknames are typed in either.
// Made on first use, not when the module loads: building a collator loads the locale's tables (a long task on a phone).
let byNickname: Intl.Collator | null = null;

function nicknameOrder(): Intl.Collator {
  byNickname ??= new Intl.Collator(['fa', 'en'], { numeric: true });
  return byNickname;
}

/** Every stored device, by nickname; corrupt rows are reported and skipped. */
export async function listDevices(): Promise<Device[]> {
  const rows = await getDb().devices.toArray();
  const order = nicknameOrder();
  return parseRows('devices', deviceSchema, rows).sort((a, b) => order.compare(a.nickname, b.nickname));
}

export async function getDevice(id: string): Promise<Device | undefined> {
  return parseRow('devices', deviceSchema, await getDb().devices.get(id));
}

/** A fresh, unsaved device: empty IMEIs for each slot, so the form has a box per slot. */
export function newDevice(init: Partial<Device> = {}): Device {
  const now = new Date().toISOString();
  const slotCount = init.slotCount ?? DEFAULT_SLOT_COUNT;
  const emptyImeis = Array.from({ length: slotCount }, () => '' as const);
  return {
    nickname: '',
    model: '',
    notes: '',
    registeredImeis: emptyImeis,
    correctImeis: [...emptyImeis],
    createdAt: now,
    ...init,
    id: init.id ?? crypto.randomUUID(),
    slotCount,
    updatedAt: init.updatedAt ?? now,
  };
}

/** Stores a new or edited device (validated first); returns it as stored. */
export async function saveDevice(device: Device): Promise<Device> {
  const stored = deviceSchema.parse({ ...device, updatedAt: new Date().toISOString() });
  await trackWrite(() => getDb().devices.put(stored));
  return stored;
}

/** Deletes a device and returns it, so the UI can offer "Undo". */
export async function deleteDevice(id: string): Promise<Device | undefined> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.devices, async () => {
      const deleted = parseRow('devices', deviceSchema, await db.devices.get(id));
      await db.devices.delete(id);
      return deleted;
    }),
  );
}

/** Puts a deleted device back exactly as it was ("Undo"). */
export async function restoreDevice(device: Device): Promise<Device> {
  const stored = deviceSchema.parse(device);
  await trackWrite(() => getDb().devices.put(stored));
  return stored;
}
