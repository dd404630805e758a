// The scale-out engine: a PostgreSQL server (15 or newer) through a pool of `pg` connections.
import pg from 'pg';
import type { Database, Queryable, Row } from './database';

/** 10 connections per intake process: several processes share one server's default of 100. */
const POOL_SIZE = 10;
/** 30 s: under a burst, requests queue for a free connection; a server that is down refuses at once anyway. */
const CONNECTION_WAIT_MS = 30_000;

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async (sql, params) => (await client.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE, connectionTimeoutMillis: CONNECTION_WAIT_MS });
  // A server that goes away breaks idle connections: the pool drops them, the next query reports it.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  await pool.query('SELECT 1');
  return {
    engine: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      // A checked-out connection that breaks emits 'error' on itself, not on the pool: the query in flight reports it.
      const ignore = (): void => undefined;
      client.on('error', ignore);
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.off('error', ignore);
        // A connection that could not even roll back is thrown away, not returned to the pool.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
