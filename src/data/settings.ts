// The app's settings record: language, the owner's phone number, kiosk settings.
import { settingsSchema, type Settings } from '../domain/schemas';
import { recordCopies } from './recordCopies';
import { parseRow } from './records';
import { getDb, trackWrite } from './storage';

/**
 * The settings' crash copy (src/data/recordCopies.ts), following every committed write: after the browser deleted a
 * damaged database, a kiosk stays a kiosk (its PIN, its idle time, its day's tally) and the language stays the user's.
 */
export const settingsCopies = recordCopies<Settings>({
  folder: 'settings-copies',
  schema: settingsSchema,
  table: 'settings',
  followsCommits: true,
});

const SETTINGS_ID = 'app';

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({ id: SETTINGS_ID, lang: 'fa' });

export async function getSettings(): Promise<Settings> {
  const row = await getDb().settings.get(SETTINGS_ID);
  return parseRow('settings', settingsSchema, row) ?? DEFAULT_SETTINGS;
}

/** Merges a change into the settings; the result is validated before it is stored. */
export async function updateSettings(patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const merged = settingsSchema.parse({ ...(await getSettings()), ...patch, id: SETTINGS_ID });
      await db.settings.put(merged);
      return merged;
    }),
  );
}
