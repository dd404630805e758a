// A throwaway PostgreSQL cluster for tests and the benchmark: initdb in a temporary folder, a random port, stopped and removed after.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 (`apt-get install postgresql`); POSTGRES_BIN points elsewhere. */
export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export type PostgresCluster = {
  /** postgres://… of the cluster's `postgres` database. */
  url: string;
  /** A URL of a new, empty database in this cluster. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown); start() brings it back on the same port and data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// The server refuses to run as root: as root (CI), every command runs as the `postgres` user Debian's package creates.
async function asServerUser(command: string, args: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  const [file, fileArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  await run(file, fileArgs, { timeout: 60_000 });
}

/** Starts a new cluster; fails with a clear message when PostgreSQL is not installed (the tests need it, they never skip). */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const initdb = join(POSTGRES_BIN, 'initdb');
  if (!existsSync(initdb)) {
    throw new Error(
      `PostgreSQL is not installed: ${initdb} is missing. Install it with "apt-get install postgresql" (Debian's 15; .ci/run does this) or set POSTGRES_BIN.`,
    );
  }
  const folder = await mkdtemp(join(tmpdir(), 'intake-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(folder, Number(stdout.trim()), Number(gid.trim()));
  }
  const dataDir = join(folder, 'data');
  const port = await freePort();
  const pgCtl = join(POSTGRES_BIN, 'pg_ctl');
  // fsync off and no sync after initdb: a test cluster is thrown away, durability is not what it tests.
  await asServerUser(initdb, ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = (): Promise<void> => asServerUser(pgCtl, ['-D', dataDir, '-o', options, '-l', join(folder, 'server.log'), '-w', 'start']);
  const stop = (): Promise<void> => asServerUser(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let running = true;
  return {
    url,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await stop();
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await stop().catch(() => undefined);
      running = false;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
