// A fresh database for each test: the data layer points at it, and it is deleted after the test.
import { Dexie } from 'dexie';
import { AssistantDb } from '@/data/db';
import { setDatabase } from '@/data/storage';
import { getTicket } from '@/data/tickets';
import type { Ticket } from '@/domain/schemas';

/** Opens a database with a name of its own and makes the data layer use it. */
export async function openTestDb(): Promise<AssistantDb> {
  const db = new AssistantDb(`test-${crypto.randomUUID()}`);
  setDatabase(db);
  await db.open();
  return db;
}

/** Closes and deletes a test database (it must be closed first, or the delete waits for it). */
export async function deleteTestDb(db: AssistantDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** A stored ticket that a test expects to exist. */
export async function storedTicket(id: string): Promise<Ticket> {
  const ticket = await getTicket(id);
  if (!ticket) throw new Error('ticket vanished');
  return ticket;
}

/** The error a browser raises when the origin's storage is full. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
