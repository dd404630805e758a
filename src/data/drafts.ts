// Tickets being written: stored as typed, so a reload, crash or closed tab loses nothing.
import { ticketDraftSchema, type Ticket, type TicketDraft, type WizardStep } from '../domain/schemas';
import { DEFAULT_SLOT_COUNT, resized, slotChecklist } from '../domain/slots';
import { parseRow, parseRows } from './records';
import { getSettings, updateSettings } from './settings';
import { draftCopies } from './draftCopies';
import { getDb, trackWrite } from './storage';

function newest(a: TicketDraft, b: TicketDraft): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
}

/**
 * Starts and stores a draft at the wizard's first step, with the owner's phone
 * prefilled, and remembers it as the draft to resume when the app opens.
 */
export async function createDraft(init: Partial<TicketDraft> = {}): Promise<TicketDraft> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.drafts, db.settings, async () => {
      const settings = await getSettings();
      const now = new Date().toISOString();
      const slots = init.correctImeis?.length || DEFAULT_SLOT_COUNT;
      const draft = ticketDraftSchema.parse({
        step: 'subject',
        phone: settings.phone,
        correctImeis: Array.from({ length: slots }, () => ''),
        registeredImeis: Array.from({ length: slots }, () => ''),
        slotChecklist: resized([], slots, slotChecklist),
        description: '',
        createdAt: now,
        updatedAt: now,
        ...init,
        id: init.id ?? crypto.randomUUID(),
      });
      await db.drafts.put(draft);
      await updateSettings({ lastDraftId: draft.id });
      return draft;
    }),
  ).then(async (draft) => {
    await draftCopies.copy(draft);
    return draft;
  });
}

/**
 * A new draft prefilled from a ticket Hamta turned down, linked to it by
 * `resubmissionOf`. After "SIM not seen in every slot" the checklist starts
 * unticked: the point is to do it again, for real, before sending.
 */
export function resubmissionDraft(ticket: Ticket, step: WizardStep): Partial<TicketDraft> {
  const slots = Math.max(ticket.correctImeis.length, ticket.registeredImeis.length, 1);
  const empty = (): string => '';
  const slotChecks = step === 'checklist' ? [] : ticket.slotChecks;
  const draft: Partial<TicketDraft> = {
    step,
    phone: ticket.requester.phone,
    correctImeis: resized(ticket.correctImeis, slots, empty),
    registeredImeis: resized(ticket.registeredImeis, slots, empty),
    slotChecklist: resized(slotChecks, slots, () => false).map((done) => slotChecklist(done)),
    description: ticket.description,
    resubmissionOf: ticket.id,
  };
  if (ticket.deviceId !== undefined) draft.deviceId = ticket.deviceId;
  return draft;
}

export async function getDraft(id: string): Promise<TicketDraft | undefined> {
  const row = parseRow('drafts', ticketDraftSchema, await getDb().drafts.get(id));
  const journal = takeJournal(id);
  // Only an edit of a draft still stored is taken: a deleted or submitted draft is not brought back.
  if (!row || !journal || Date.parse(journal.updatedAt) <= Date.parse(row.updatedAt)) return row;
  return (await saveDraft(journal)) ?? row;
}

// The unload write's copy in this tab's sessionStorage: written synchronously, so a reload that
// destroys the page before IndexedDB commits loses nothing. Read back once, then removed;
// a kiosk reset clears sessionStorage with the rest.
const JOURNAL_PREFIX = 'imei-assistant:draft-journal:';

function writeJournal(draft: TicketDraft): void {
  try {
    globalThis.sessionStorage?.setItem(JOURNAL_PREFIX + draft.id, JSON.stringify(draft));
  } catch {
    // sessionStorage can be blocked or full: the IndexedDB write still runs.
  }
}

function takeJournal(id: string): TicketDraft | undefined {
  try {
    const text = globalThis.sessionStorage?.getItem(JOURNAL_PREFIX + id);
    if (text == null) return undefined;
    globalThis.sessionStorage?.removeItem(JOURNAL_PREFIX + id);
    const parsed = ticketDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Every stored draft, the most recently edited first. */
export async function listDrafts(): Promise<TicketDraft[]> {
  const rows = await getDb().drafts.toArray();
  return parseRows('drafts', ticketDraftSchema, rows).sort(newest);
}

/**
 * Stores an edit of an existing draft. A draft that is gone (submitted, deleted,
 * wiped by a kiosk reset) is not brought back by a late autosave: that would
 * resurrect a sent ticket, or leave one customer's data for the next.
 * Returns the stored draft, or undefined when the draft no longer exists.
 */
export async function saveDraft(draft: TicketDraft): Promise<TicketDraft | undefined> {
  const db = getDb();
  const stored = ticketDraftSchema.parse({ ...draft, updatedAt: new Date().toISOString() });
  // The crash copy (src/data/draftCopies.ts) is written at the same time, not after: "Saved" means both, and takes
  // the slower of the two writes, not their sum (a keystroke must be durable within 300 ms).
  const copying = draftCopies.copy(stored);
  const saved = await trackWrite(() =>
    db.transaction('rw', db.drafts, async () => {
      if ((await db.drafts.get(stored.id)) === undefined) return undefined;
      await db.drafts.put(stored);
      return stored;
    }),
  ).finally(() => copying);
  // A draft gone meanwhile (submitted, deleted) keeps no copy. A failed write keeps it: it is the newer text.
  if (!saved) await draftCopies.drop(stored.id);
  return saved;
}

// Drafts deleted, submitted or wiped in this page: an unload write must not bring them back.
const goneDrafts = new Set<string>();
let unloadWritesStopped = false;

/** Called when a draft leaves the drafts table (submitted, deleted). */
export function forgetDraft(id: string): void {
  goneDrafts.add(id);
  takeJournal(id);
  void draftCopies.drop(id);
}

/** Called by a kiosk reset: no write of the leaving customer's draft may follow it. */
export function stopUnloadWrites(): void {
  unloadWritesStopped = true;
}

/**
 * The autosaver's write when the page is hidden or unloading: one put issued at
 * once and committed, because Chromium drops a transaction that must first wait
 * for a read (saveDraft's existence check) while the page goes away.
 */
export function saveDraftNow(draft: TicketDraft): void {
  if (unloadWritesStopped || goneDrafts.has(draft.id)) return;
  const stored = ticketDraftSchema.safeParse({ ...draft, updatedAt: new Date().toISOString() });
  if (!stored.success) return;
  writeJournal(stored.data);
  void draftCopies.copy(stored.data);
  try {
    const transaction = getDb().backendDB().transaction('drafts', 'readwrite');
    transaction.objectStore('drafts').put(stored.data);
    transaction.commit?.();
  } catch {
    // The database is closed or not open yet: the regular flush still runs.
  }
}

/** Deletes a draft and returns it, so the UI can offer "Undo". */
export async function deleteDraft(id: string): Promise<TicketDraft | undefined> {
  const db = getDb();
  return trackWrite(() =>
    db.transaction('rw', db.drafts, db.settings, async () => {
      const deleted = parseRow('drafts', ticketDraftSchema, await db.drafts.get(id));
      forgetDraft(id);
      await db.drafts.delete(id);
      if ((await getSettings()).lastDraftId === id) await updateSettings({ lastDraftId: undefined });
      return deleted;
    }),
  );
}

/** Puts a deleted draft back exactly as it was ("Undo"). */
export async function restoreDraft(draft: TicketDraft): Promise<TicketDraft> {
  const stored = ticketDraftSchema.parse(draft);
  await trackWrite(() => getDb().drafts.put(stored));
  goneDrafts.delete(stored.id);
  await draftCopies.copy(stored);
  return stored;
}
