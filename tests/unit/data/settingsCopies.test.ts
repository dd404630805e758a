// The settings' crash copy: it follows every change, loses a kiosk customer's phone number at the reset, and brings
// the settings back (a kiosk stays a kiosk) when the browser deleted a damaged database.
import { describe, expect, it } from 'vitest';
import { wipePersonalData } from '@/data/kiosk';
import { getSettings, settingsCopies, updateSettings } from '@/data/settings';
import { storageHealth } from '@/data/storage';
import type { Settings } from '@/domain/schemas';
import { copiesUnderTest } from './memoryFolder';

const PHONE = '09121234567';

const fixture = copiesUnderTest(settingsCopies);

async function copy(): Promise<Settings | undefined> {
  await fixture.written();
  return (await settingsCopies.read())[0];
}

/** Settings of a kiosk, in English, with a phone number typed in. */
async function kioskSettings(): Promise<Settings> {
  const current = await getSettings();
  return updateSettings({ lang: 'en', phone: PHONE, kiosk: { ...current.kiosk, enabled: true, idleSeconds: 120 } });
}

describe('settings copy', () => {
  it('follows every change of the settings', async () => {
    expect(await copy()).toBeUndefined();
    const changed = await kioskSettings();
    expect(await copy()).toEqual(changed);
    const cleared = await updateSettings({ phone: '' });
    expect(await copy()).toEqual(cleared);
  });

  it('loses the phone number at a kiosk reset, before the reset is over', async () => {
    await kioskSettings();
    await fixture.written();
    await wipePersonalData();
    // No turn of the event loop: the page restarts right after the reset.
    expect(JSON.parse(fixture.folder.files.get('app.json') ?? '{}')).toMatchObject({ phone: '', kiosk: { enabled: true } });
    expect([...fixture.folder.files.values()].join()).not.toContain(PHONE);
  });

  it('brings the settings back when the browser deleted the damaged database: a kiosk stays a kiosk', async () => {
    const before = await kioskSettings();
    await fixture.loseDatabase();
    expect((await getSettings()).kiosk.enabled).toBe(false);

    expect(await settingsCopies.recover(true)).toBe(1);
    expect(await getSettings()).toEqual(before);
    // Not a record the user counts: the notice says nothing of it.
    expect(storageHealth.get()).toMatchObject({ recoveredDrafts: 0, recoveredDevices: 0, recoveredTickets: 0 });
  });
});
