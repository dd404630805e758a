// The settings record: defaults until set, merged changes, and nothing invalid stored.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/data/settings';
import { deleteTestDb, openTestDb } from '../testDb';

let db: AssistantDb;

beforeEach(async () => {
  db = await openTestDb();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDb(db);
});

describe('settings', () => {
  it('reads the defaults before anything was stored: Persian, no phone, kiosk off', async () => {
    const settings = await getSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toMatchObject({ lang: 'fa', phone: '', kiosk: { enabled: false, idleSeconds: 180 } });
  });

  it('merges each change into what is stored', async () => {
    await updateSettings({ phone: '09121234567' });
    const settings = await updateSettings({ lang: 'en' });
    expect(settings).toMatchObject({ lang: 'en', phone: '09121234567' });
    expect(await getSettings()).toEqual(settings);
  });

  it('refuses an invalid change and keeps what was stored', async () => {
    await updateSettings({ lang: 'en' });
    await expect(updateSettings({ kiosk: { enabled: true, idleSeconds: 5 } })).rejects.toThrow();
    expect(await getSettings()).toMatchObject({ lang: 'en', kiosk: { enabled: false } });
  });

  it('replaces a corrupt settings row on the next change', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.settings.put({ id: 'app', lang: 42 });
    await updateSettings({ phone: '09351234567' });
    expect(await db.settings.get('app')).toMatchObject({ lang: 'fa', phone: '09351234567' });
  });
});
