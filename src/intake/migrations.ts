// The intake's schema as numbered SQL migrations, run at start on either engine; only SQL that PostgreSQL 15 accepts.
import type { Database } from './database';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tickets and idempotency keys',
    sql: `
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        submission jsonb NOT NULL,
        verdict text NOT NULL,
        received_at timestamptz NOT NULL,
        review_at timestamptz NOT NULL
      );
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        fingerprint text NOT NULL,
        status smallint NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
    `,
  },
  {
    version: 2,
    name: 'registry in the database',
    sql: `
      CREATE TABLE registry_owners (
        phone text PRIMARY KEY,
        name text NOT NULL
      );
      CREATE TABLE registry_devices (
        id text PRIMARY KEY,
        model text NOT NULL,
        owner_phone text NOT NULL,
        legal boolean NOT NULL,
        registered_imeis jsonb NOT NULL,
        seen_with_owner_sim jsonb NOT NULL
      );
    `,
  },
];

/** Any fixed number: every intake process takes this lock, so two starting together migrate one after the other. */
const MIGRATION_LOCK = 7_301_013;

/** Applies the migrations not yet applied, in order, in one transaction; returns the versions it applied. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    const rows = await tx.query('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return pending.map((migration) => migration.version);
  });
}
