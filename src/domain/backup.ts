// The backup file: its versioned format, its SHA-256 checksum, how it is read back, and how it merges into what a device holds.
import { z } from 'zod/mini';
import { deviceSchema, settingsSchema, ticketDraftSchema, ticketSchema, type Device, type Ticket, type TicketDraft } from './schemas';

/** Marks a file as this app's backup, whatever its name. */
export const BACKUP_APP = 'imei-correction-assistant';
/** Raised when the format changes; a file of a newer version is refused, never half-read. */
export const BACKUP_VERSION = 1;

/** Settings that travel: kiosk settings never leave the device (a customer's data must not leave on a file). */
export const backupSettingsSchema = z.pick(settingsSchema, { lang: true, phone: true, lastDraftId: true });
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupDataSchema = z.object({
  devices: z.array(deviceSchema),
  drafts: z.array(ticketDraftSchema),
  tickets: z.array(ticketSchema),
  settings: backupSettingsSchema,
});
export type BackupData = z.infer<typeof backupDataSchema>;

export const backupFileSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  data: backupDataSchema,
  /** SHA-256 (hex) of canonicalJson({ app, version, exportedAt, data }). */
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** Why a file was refused: the UI words each code. */
export type BackupRefusal = 'not-backup' | 'damaged' | 'newer-version';

export type ReadBackup = { ok: true; backup: BackupFile } | { ok: false; reason: BackupRefusal };

/**
 * JSON with object keys sorted at every depth and no spaces: the same data always gives the
 * same text, so the checksum does not depend on the order a browser lists keys in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function checksumOf(content: Omit<BackupFile, 'checksum'>): Promise<string> {
  return sha256Hex(canonicalJson({ app: content.app, version: content.version, exportedAt: content.exportedAt, data: content.data }));
}

/** A backup of the given data, stamped and checksummed. */
export async function createBackup(data: BackupData, exportedAt: Date): Promise<BackupFile> {
  const content = { app: BACKUP_APP, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), data } as const;
  return { ...content, checksum: await checksumOf(content) };
}

/** The file's text: indented, so a person who opens it can read it. */
export function backupText(backup: BackupFile): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Reads a file's text as a backup. Another app's file (or no JSON at all) is 'not-backup'; a
 * file of ours that is cut short, edited or fails its schema is 'damaged'; one written by a
 * newer version of the app is 'newer-version'. Never throws.
 */
export async function readBackup(text: string): Promise<ReadBackup> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A file cut short still names the app near its start.
    return { ok: false, reason: text.includes(`"${BACKUP_APP}"`) ? 'damaged' : 'not-backup' };
  }
  const header = z.object({ app: z.literal(BACKUP_APP), version: z.number() }).safeParse(json);
  if (!header.success) return { ok: false, reason: 'not-backup' };
  if (header.data.version > BACKUP_VERSION) return { ok: false, reason: 'newer-version' };
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  if ((await checksumOf(parsed.data)) !== parsed.data.checksum) return { ok: false, reason: 'damaged' };
  return { ok: true, backup: parsed.data };
}

/**
 * `imei-assistant-backup-1405-09-11.json`: the Jalali date the user knows, in ASCII digits so
 * the name survives every file system and chat app.
 */
export function backupFileName(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Asia/Tehran',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((item) => item.type === type)?.value ?? '';
  return `imei-assistant-backup-${part('year')}-${part('month')}-${part('day')}.json`;
}

// ---- Merging a backup into the device ------------------------------------------

/** What an import writes: only records that are new to the device or newer than its own. */
export type BackupMerge = {
  devices: Device[];
  drafts: TicketDraft[];
  tickets: Ticket[];
  /** Settings fields to change; empty when the device's own settings stay. */
  settings: Partial<BackupSettings>;
};

export type DeviceHolding = {
  devices: readonly Device[];
  drafts: readonly TicketDraft[];
  tickets: readonly Ticket[];
  settings: BackupSettings;
};

/** When a ticket last changed: its last history event (tickets carry no updatedAt). */
export function ticketChangedAt(ticket: Ticket): string {
  return ticket.history.reduce((latest, event) => (event.at > latest ? event.at : latest), ticket.createdAt);
}

function newerOnes<T extends { id: string }>(incoming: readonly T[], held: readonly T[], changedAt: (record: T) => string): T[] {
  const heldById = new Map(held.map((record) => [record.id, record]));
  const chosen = new Map<string, T>();
  for (const record of incoming) {
    const mine = heldById.get(record.id);
    const already = chosen.get(record.id);
    // Same id: the newer record wins; on a tie the device keeps its own (importing twice changes nothing).
    if (mine && Date.parse(changedAt(record)) <= Date.parse(changedAt(mine))) continue;
    if (already && Date.parse(changedAt(record)) <= Date.parse(changedAt(already))) continue;
    chosen.set(record.id, record);
  }
  return [...chosen.values()];
}

/**
 * Merges a backup into what the device holds, by id. A record the device lacks is added; for
 * one it has, the newer wins (devices and drafts by updatedAt, tickets by their last history
 * event), and on a tie the device's own stays. Nothing is deleted. Settings: the device keeps
 * its own language; the phone number and the draft to resume are taken only where the device
 * has none.
 */
export function planBackupMerge(backup: BackupData, holding: DeviceHolding): BackupMerge {
  const settings: Partial<BackupSettings> = {};
  if (holding.settings.phone.trim() === '' && backup.settings.phone.trim() !== '') settings.phone = backup.settings.phone;
  if (holding.settings.lastDraftId === undefined && backup.settings.lastDraftId !== undefined) {
    settings.lastDraftId = backup.settings.lastDraftId;
  }
  return {
    devices: newerOnes(backup.devices, holding.devices, (device) => device.updatedAt),
    drafts: newerOnes(backup.drafts, holding.drafts, (draft) => draft.updatedAt),
    tickets: newerOnes(backup.tickets, holding.tickets, ticketChangedAt),
    settings,
  };
}
