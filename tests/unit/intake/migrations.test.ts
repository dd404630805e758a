// Migrations on the embedded engine: from an empty database, from the previous schema with data in it, and run twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/intake/database';
import { migrate, MIGRATIONS } from '@/intake/migrations';
import { openPglite } from '@/intake/pglite';
import { loadDemoRegistry, loadRegistry } from '@/intake/registryStore';
import { ENGINE_START_MS } from './testIntake';

let db: Database;

beforeAll(async () => {
  db = await openPglite();
}, ENGINE_START_MS);
afterAll(async () => {
  await db.close();
});
// Each test starts from an empty database.
beforeEach(async () => {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

async function tables(): Promise<string[]> {
  const rows = await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
  return rows.map((row) => String(row.table_name));
}

describe('migrate', () => {
  it('creates the whole schema in an empty database, and does nothing the second time', async () => {
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await tables()).toEqual(['idempotency_keys', 'registry_devices', 'registry_owners', 'schema_migrations', 'tickets']);
    expect(await migrate(db)).toEqual([]);
  });

  it('brings a database at the previous version up to date, keeping its tickets and keys', async () => {
    expect(await migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    const id = '0b6c7a5e-3f0a-4b8e-9d55-1c2f3e4a5b6c';
    await db.query(`INSERT INTO tickets (id, submission, verdict, received_at, review_at) VALUES ($1, '{}', 'approved', now(), now())`, [
      id,
    ]);
    await db.query(`INSERT INTO idempotency_keys (key, fingerprint, status, response) VALUES ($1, 'f', 201, '{}')`, [id]);
    expect(await migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(await db.query('SELECT id FROM tickets')).toEqual([{ id }]);
    expect(await db.query('SELECT key FROM idempotency_keys')).toEqual([{ key: id }]);
    expect(await tables()).toContain('registry_devices');
  });

  it('rolls a failing migration back whole: no half-applied schema, no version recorded', async () => {
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half (x int); SELECT no_such_function();' }];
    await expect(migrate(db, broken)).rejects.toThrow();
    expect(await tables()).toEqual([]);
  });
});

describe('the registry in the database', () => {
  it('is seeded from the demo registry when empty, and read back the same', async () => {
    await migrate(db);
    const demo = loadDemoRegistry();
    const registry = await loadRegistry(db);
    expect(registry.devices).toEqual([...demo.devices].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(registry.owners).toHaveLength(demo.owners.length);
  });

  it("keeps an operator's own registry instead of seeding the demo one", async () => {
    await migrate(db);
    await db.query("INSERT INTO registry_owners (phone, name) VALUES ('09121234567', 'Operator owner')");
    const registry = await loadRegistry(db);
    expect(registry.owners).toEqual([{ phone: '09121234567', name: 'Operator owner' }]);
    expect(registry.devices).toEqual([]);
  });
});
