// The embedded engine: PostgreSQL compiled to WebAssembly (PGlite), in a data directory or in memory.
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database';

function queryable(target: PGlite | Transaction): Queryable {
  return {
    query: async (sql, params) => (await target.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await target.exec(sql);
    },
  };
}

/** Opens PGlite in `dataDir` (created when missing), or in memory when none is given (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    engine: 'pglite',
    ...queryable(db),
    // PGlite has one connection: its transactions run one after another, never interleaved.
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
