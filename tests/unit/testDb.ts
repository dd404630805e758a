// A fresh database for each test: the data layer points at it, and it is deleted after the test.
import { Dexie } from 'dexie';
import { AssistantDb } from '@/data/db';
import { setDatabase } from '@/data/storage';

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
