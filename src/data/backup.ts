// Export and import of everything on the device (devices, drafts, tickets, settings) as one backup file.
import {
  backupFileName,
  backupText,
  createBackup,
  planBackupMerge,
  readBackup,
  type BackupMerge,
  type BackupRefusal,
} from '../domain/backup';
import { deviceSchema, ticketDraftSchema, ticketSchema } from '../domain/schemas';
import { draftCopies } from './draftCopies';
import { parseRows } from './records';
import { getSettings } from './settings';
import { getDb, trackWrite } from './storage';

export type ExportedBackup = { fileName: string; text: string };

/** The backup file of the device's records as they are now; kiosk settings are never in it. */
export async function exportBackup(now: Date = new Date()): Promise<ExportedBackup> {
  const db = getDb();
  const data = await db.transaction('r', [db.devices, db.drafts, db.tickets, db.settings], async () => {
    const settings = await getSettings();
    return {
      devices: parseRows('devices', deviceSchema, await db.devices.toArray()),
      drafts: parseRows('drafts', ticketDraftSchema, await db.drafts.toArray()),
      tickets: parseRows('tickets', ticketSchema, await db.tickets.toArray()),
      settings: { lang: settings.lang, phone: settings.phone, lastDraftId: settings.lastDraftId },
    };
  });
  const backup = await createBackup(data, now);
  return { fileName: backupFileName(now), text: backupText(backup) };
}

export type ImportCounts = { devices: number; drafts: number; tickets: number };

export type ImportResult =
  { ok: true; added: ImportCounts; updated: ImportCounts; unchanged: number } | { ok: false; reason: BackupRefusal | 'storage' };

/**
 * Reads a backup file and merges it into the device (see planBackupMerge: by id, the newer
 * record wins, nothing is deleted). All of it is written in one transaction: a file that is
 * refused, or a write that fails, changes nothing.
 */
export async function importBackup(text: string): Promise<ImportResult> {
  const read = await readBackup(text);
  if (!read.ok) return read;
  const incoming = read.backup.data;
  const db = getDb();
  try {
    const { drafts, ...result } = await trackWrite(() =>
      db.transaction('rw', [db.devices, db.drafts, db.tickets, db.settings], async () => {
        const settings = await getSettings();
        const holding = {
          devices: parseRows('devices', deviceSchema, await db.devices.toArray()),
          drafts: parseRows('drafts', ticketDraftSchema, await db.drafts.toArray()),
          tickets: parseRows('tickets', ticketSchema, await db.tickets.toArray()),
          settings: { lang: settings.lang, phone: settings.phone, lastDraftId: settings.lastDraftId },
        };
        const merge = planBackupMerge(incoming, holding);
        await write(merge);
        const heldIds = {
          devices: new Set(holding.devices.map((record) => record.id)),
          drafts: new Set(holding.drafts.map((record) => record.id)),
          tickets: new Set(holding.tickets.map((record) => record.id)),
        };
        const added = {
          devices: merge.devices.filter((record) => !heldIds.devices.has(record.id)).length,
          drafts: merge.drafts.filter((record) => !heldIds.drafts.has(record.id)).length,
          tickets: merge.tickets.filter((record) => !heldIds.tickets.has(record.id)).length,
        };
        const updated = {
          devices: merge.devices.length - added.devices,
          drafts: merge.drafts.length - added.drafts,
          tickets: merge.tickets.length - added.tickets,
        };
        const total = incoming.devices.length + incoming.drafts.length + incoming.tickets.length;
        const written = merge.devices.length + merge.drafts.length + merge.tickets.length;
        return { ok: true as const, added, updated, unchanged: total - written, drafts: merge.drafts };
      }),
    );
    // The crash copies of the drafts written (src/data/recordCopies.ts), once the import is stored; those of the
    // devices, the tickets and the settings follow their commit by themselves (src/data/db.ts, watchCommits).
    await Promise.all(drafts.map(draftCopies.copy));
    return result;
  } catch (error) {
    console.warn('Import failed; nothing was changed', error);
    return { ok: false, reason: 'storage' };
  }
}

async function write(merge: BackupMerge): Promise<void> {
  const db = getDb();
  if (merge.devices.length > 0) await db.devices.bulkPut(merge.devices);
  if (merge.drafts.length > 0) await db.drafts.bulkPut(merge.drafts);
  if (merge.tickets.length > 0) await db.tickets.bulkPut(merge.tickets);
  if (Object.keys(merge.settings).length > 0) {
    await db.settings.put({ ...(await getSettings()), ...merge.settings });
  }
}
