// The device form's rules: what blocks saving, and the normalised record that is stored.
import { describe, expect, test } from 'vitest';
import { newDevice } from '@/data/devices';
import { deviceSchema } from '@/domain/schemas';
import { checkDeviceForm, deviceFromForm, formValuesOf, type DeviceFormValues } from '@/ui/devices/deviceFormValues';
import { visibleSlots } from '@/ui/devices/SlotImeis';

const VALID = '356938035643809';
const VALID_2 = '356938035643817';

function form(patch: Partial<DeviceFormValues>): DeviceFormValues {
  return { ...formValuesOf(newDevice()), nickname: 'Galaxy', ...patch };
}

describe('checkDeviceForm', () => {
  test('empty IMEI boxes do not block saving: the owner may not know them yet', () => {
    expect(checkDeviceForm(form({})).ok).toBe(true);
  });

  test('a nickname is required', () => {
    const check = checkDeviceForm(form({ nickname: '   ' }));
    expect(check.ok).toBe(false);
    expect(check.nicknameMissing).toBe(true);
  });

  test('a filled IMEI with a wrong check digit blocks saving', () => {
    expect(checkDeviceForm(form({ correctImeis: ['356938035643800', '', '', ''] })).ok).toBe(false);
  });

  test('the same IMEI in two slots of one section blocks saving', () => {
    expect(checkDeviceForm(form({ registeredImeis: [VALID, VALID, '', ''] })).ok).toBe(false);
  });

  test('the same IMEI in Hamta and on the phone is normal and saves', () => {
    expect(checkDeviceForm(form({ registeredImeis: [VALID, '', '', ''], correctImeis: [VALID, VALID_2, '', ''] })).ok).toBe(true);
  });

  test('an invalid IMEI in a slot beyond the slot count does not block saving', () => {
    expect(checkDeviceForm(form({ slotCount: 1, correctImeis: [VALID, 'junk', '', ''] })).ok).toBe(true);
  });
});

describe('deviceFromForm', () => {
  test('stores IMEIs as 15 ASCII digits, one per slot, from Persian digits and separators', () => {
    const device = deviceFromForm(
      newDevice(),
      form({
        nickname: '  گوشی <b>من</b> ',
        slotCount: 2,
        correctImeis: ['۳۵۶۹۳۸ ۰۳۵۶۴۳۸۰۹', '35-693803-564381-7', '', ''],
        registeredImeis: ['356938035643809/01', '', '', ''],
      }),
    );
    expect(device).not.toBeNull();
    expect(device?.nickname).toBe('گوشی <b>من</b>');
    expect(device?.correctImeis).toEqual([VALID, VALID_2]);
    expect(device?.registeredImeis).toEqual([VALID, '']);
    expect(deviceSchema.safeParse(device).success).toBe(true);
  });

  test('drops the IMEIs of slots the device no longer has', () => {
    const device = deviceFromForm(newDevice(), form({ slotCount: 1, correctImeis: [VALID, VALID_2, '', ''] }));
    expect(device?.correctImeis).toEqual([VALID]);
  });

  test('gives nothing to store while the form has a blocking problem', () => {
    expect(deviceFromForm(newDevice(), form({ correctImeis: ['12345', '', '', ''] }))).toBeNull();
  });

  test('keeps the id and creation time of the device being edited', () => {
    const base = newDevice({ nickname: 'Old' });
    const device = deviceFromForm(base, formValuesOf({ ...base, nickname: 'New' }));
    expect(device?.id).toBe(base.id);
    expect(device?.createdAt).toBe(base.createdAt);
    expect(device?.nickname).toBe('New');
  });
});

describe('visibleSlots', () => {
  test('opens the box for slot 2 only once slot 1 is filled, as Hamta does', () => {
    expect(visibleSlots(['', '', '', ''], 2)).toBe(1);
    expect(visibleSlots(['3', '', '', ''], 2)).toBe(2);
  });

  test('never shows more boxes than the device has slots', () => {
    expect(visibleSlots([VALID, VALID_2, '1', ''], 2)).toBe(2);
    expect(visibleSlots([VALID, VALID_2, '1', ''], 4)).toBe(4);
  });

  test('keeps a slot that already holds an IMEI visible when the one before is emptied', () => {
    expect(visibleSlots(['', VALID_2, '', ''], 2)).toBe(2);
  });
});
