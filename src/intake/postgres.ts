// The scale-out engine: a PostgreSQL server (15 or newer) through a pool of `pg` connections.
import pg from 'pg';
import type { Database, Queryable, Row } from './database';

/** 10 connections per intake process: several processes share one server's default of 100. */
const POOL_SIZE = 10;

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async (sql, params) => (await client.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE, connectionTimeoutMillis: 5_000 });
  // A server that goes away breaks idle connections: the pool drops them, the next query reports it.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  await pool.query('SELECT 1');
  return {
    engine: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
