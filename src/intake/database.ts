// The one interface the intake's SQL runs through, whichever engine is underneath (PGlite or PostgreSQL).
export type Row = Record<string, unknown>;

export type Queryable = {
  /** One statement with $1… parameters. */
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
};

export type Engine = 'pglite' | 'postgres';

export type Database = Queryable & {
  engine: Engine;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** The default data directory of the embedded engine, relative to where the intake starts. */
export const DEFAULT_DATA_DIR = '.data/intake';

export type DatabaseSettings = { databaseUrl?: string; dataDir?: string };

/** The engine the environment asks for: PostgreSQL when DATABASE_URL is set, else PGlite in INTAKE_DATA_DIR. */
export function databaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: env.INTAKE_DATA_DIR || DEFAULT_DATA_DIR };
}

/** Opens the engine; each is imported only when chosen, so neither is loaded by a build that never starts the intake. */
export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(settings.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(settings.dataDir);
}
