// A database left on a phone by the previous build opens in this one with nothing lost: every record, in every state
// and in the older shapes the schemas still accept, reads back through the app's data functions meaning what it meant.
// migration.test.ts writes one row per table with Dexie; this writes the whole database with raw IndexedDB, byte for
// byte as the previous build left it, and checks what the app then does with it.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { listDevices } from '@/data/devices';
import { listDrafts } from '@/data/drafts';
import { checkStaffPin, legacyPinHash } from '@/data/kioskPin';
import { getSettings } from '@/data/settings';
import { setDatabase, storageHealth } from '@/data/storage';
import { getTicket, listTickets } from '@/data/tickets';
import { countWaitingTickets } from '@/sync/outbox';

/** Dexie stores its version 1 as IndexedDB version 10 (it multiplies by ten). */
const PREVIOUS_IDB_VERSION = 10;
/** The stores and indexes version 1 declared ('id, updatedAt' etc.), as IndexedDB holds them. */
const PREVIOUS_STORES: Record<string, string[]> = {
  devices: ['updatedAt'],
  drafts: ['updatedAt'],
  tickets: ['status', 'createdAt'],
  settings: [],
};

const AT = '2025-03-01T08:00:00.000Z';
const LATER = '2025-03-01T08:05:00.000Z';
const STAFF_PIN = '2468';
const CORRECT = ['350281374182634', '350281374182717'];
const REGISTERED = ['350281374182634', '350281375582717'];

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const devices = [
  // Written before `model` and `notes` existed: they read back with their defaults.
  { id: 'phone-old', nickname: 'Galaxy', slotCount: 2, registeredImeis: REGISTERED, correctImeis: ['', ''], createdAt: AT, updatedAt: AT },
  {
    id: 'phone-new',
    nickname: 'Redmi',
    model: 'Note 12',
    slotCount: 2,
    registeredImeis: REGISTERED,
    correctImeis: CORRECT,
    notes: 'bought second-hand',
    createdAt: AT,
    updatedAt: LATER,
  },
];

const drafts = [
  {
    id: uuid(1),
    step: 'correct',
    phone: '۰۹۱۲ ۱۲۳ ۴۵۶۷',
    correctImeis: ['35028137418263', ''],
    registeredImeis: ['', ''],
    slotChecklist: [],
    description: '',
    createdAt: AT,
    updatedAt: AT,
  },
  {
    id: uuid(2),
    step: 'review',
    deviceId: 'phone-new',
    phone: '09121234567',
    correctImeis: CORRECT,
    registeredImeis: REGISTERED,
    slotChecklist: [
      { simInserted: true, switchedOn: true, callMade: true },
      { simInserted: true, switchedOn: true, callMade: false },
    ],
    description: 'SIM 2 has no service',
    resubmissionOf: uuid(18),
    createdAt: AT,
    updatedAt: LATER,
  },
];

const submission = {
  subject: 'imei-mismatch',
  requester: { phone: '09121234567' },
  correctImeis: CORRECT,
  registeredImeis: REGISTERED,
  description: 'SIM 2 has no service',
  slotChecks: [true, true],
  createdAt: AT,
};

/** One ticket in every state the previous build could leave it in, with the fields each state carries. */
const tickets = [
  { ...submission, id: uuid(11), status: 'ready-to-send', history: [{ at: AT, status: 'ready-to-send' }] },
  {
    ...submission,
    id: uuid(12),
    status: 'queued',
    history: [
      { at: AT, status: 'ready-to-send' },
      { at: AT, status: 'queued', detail: 'submitted' },
      // An attempt that failed, in the words of a code this build no longer writes.
      { at: LATER, status: 'queued', detail: 'offline' },
      { at: LATER, status: 'queued', detail: 'http-503' },
    ],
  },
  { ...submission, id: uuid(13), status: 'sending', history: [{ at: AT, status: 'sending' }] },
  { ...submission, id: uuid(14), status: 'sent', receivedAt: LATER, history: [{ at: LATER, status: 'sent', detail: 'received' }] },
  {
    ...submission,
    id: uuid(15),
    status: 'needs-changes',
    issues: [{ path: ['description'], message: 'too-vague' }],
    history: [{ at: LATER, status: 'needs-changes', detail: 'validation' }],
  },
  { ...submission, id: uuid(16), status: 'not-sent', history: [{ at: LATER, status: 'not-sent', detail: 'expired' }] },
  {
    ...submission,
    id: uuid(17),
    status: 'reviewed',
    deviceId: 'phone-new',
    receivedAt: AT,
    verdict: 'sim-not-seen-on-all-slots',
    reviewedAt: LATER,
    handoff: { copied: ['correctImeis.0'], description: 'edited for Hamta' },
    history: [{ at: LATER, status: 'reviewed', detail: 'reviewed' }],
  },
  // A kiosk's delivered ticket, its personal fields already purged.
  {
    ...submission,
    id: uuid(18),
    requester: { phone: '' },
    correctImeis: [],
    registeredImeis: [],
    description: '',
    status: 'sent',
    purgeWhenSent: true,
    purged: true,
    receivedAt: LATER,
    history: [{ at: LATER, status: 'sent', detail: 'received' }],
  },
  { ...submission, id: uuid(19), status: 'ready-to-file', history: [{ at: AT, status: 'ready-to-file', detail: 'kept-for-hamta' }] },
];

/** Writes the database with IndexedDB itself, as the previous build left it on the phone; no app code runs. */
async function writeAsPreviousBuild(name: string, rows: { settings: Record<string, unknown> }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name, PREVIOUS_IDB_VERSION);
    opening.onupgradeneeded = () => {
      for (const [store, indexes] of Object.entries(PREVIOUS_STORES)) {
        const created = opening.result.createObjectStore(store, { keyPath: 'id' });
        for (const index of indexes) created.createIndex(index, index);
      }
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(Object.keys(PREVIOUS_STORES), 'readwrite');
    for (const row of devices) tx.objectStore('devices').put(row);
    for (const row of drafts) tx.objectStore('drafts').put(row);
    for (const row of tickets) tx.objectStore('tickets').put(row);
    tx.objectStore('settings').put(rows.settings);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The database's version and stores as IndexedDB reports them to any build that opens it. */
async function storedShape(name: string): Promise<{ version: number; stores: string[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const shape = { version: db.version, stores: [...db.objectStoreNames].sort() };
  db.close();
  return shape;
}

let name: string;
let current: AssistantDb | undefined;

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  current?.close();
  current = undefined;
  await Dexie.delete(name);
});

async function openWithThisBuild(): Promise<AssistantDb> {
  current = new AssistantDb(name);
  setDatabase(current);
  await current.open();
  return current;
}

describe('a database written by the previous build', () => {
  it('opens with every record, each read back through the data functions as it was stored', async () => {
    const settings = { id: 'app', lang: 'fa', phone: '09121234567', lastDraftId: uuid(2) };
    await writeAsPreviousBuild(name, { settings });
    const corruptBefore = storageHealth.get().corruptRecords;

    const db = await openWithThisBuild();

    expect(db.verno).toBe(1);
    expect(await listDevices()).toEqual([{ ...devices[0], model: '', notes: '' }, devices[1]]);
    expect(await listDrafts()).toEqual(expect.arrayContaining(drafts));
    expect(await listDrafts()).toHaveLength(drafts.length);
    const listed = await listTickets();
    expect(listed).toHaveLength(tickets.length);
    for (const ticket of tickets) expect(await getTicket(ticket.id)).toEqual(ticket);
    // The previous build's indexes answer this build's queries: the header badge counts queued and sending.
    expect(await countWaitingTickets()).toBe(2);
    expect(await db.tickets.where('status').equals('sent').primaryKeys()).toEqual([uuid(14), uuid(18)]);
    expect(await getSettings()).toEqual({ ...settings, kiosk: { enabled: false, idleSeconds: 180 } });
    expect(storageHealth.get().corruptRecords).toBe(corruptBefore);

    // Opening changed nothing on disk: the previous build, still open in another tab, keeps working with it.
    db.close();
    expect(await storedShape(name)).toEqual({ version: PREVIOUS_IDB_VERSION, stores: Object.keys(PREVIOUS_STORES).sort() });
  });

  it("keeps a kiosk's old SHA-256 staff PIN: a wrong PIN is refused, the right one opens and becomes PBKDF2", async () => {
    const pinHash = await legacyPinHash(STAFF_PIN);
    const tally = {
      day: '2025-03-01',
      byState: { queued: 1, sent: 2, reviewed: 0, 'needs-changes': 0, 'not-sent': 0 },
      byVerdict: { approved: 1 },
    };
    // A kiosk set up by the previous build: the PIN as a salted SHA-256, and no idle time stored.
    const settings = { id: 'app', lang: 'en', phone: '', kiosk: { enabled: true, pinHash }, kioskTally: tally };
    await writeAsPreviousBuild(name, { settings });

    await openWithThisBuild();

    const kiosk = (await getSettings()).kiosk;
    expect(kiosk).toEqual({ enabled: true, pinHash, idleSeconds: 180 });
    expect((await getSettings()).kioskTally).toEqual(tally);
    expect(await checkStaffPin('1357')).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 4 });
    expect(await checkStaffPin(STAFF_PIN)).toEqual({ ok: true });
    const upgraded = (await getSettings()).kiosk;
    expect(upgraded.enabled).toBe(true);
    expect(upgraded.pinHash).toBeUndefined();
    expect(upgraded.pin?.kdf).toBe('PBKDF2-SHA-256');
    expect(upgraded.pinLock).toBeUndefined();
    // The upgraded record still opens with the same PIN, and only with it.
    expect(await checkStaffPin(STAFF_PIN)).toEqual({ ok: true });
    expect(await checkStaffPin('1357')).toMatchObject({ ok: false, reason: 'wrong' });
  });
});
