// Starting the intake on its database: migrations, the registry, and the hourly purge of expired idempotency keys.
import type { Database } from './database';
import { createIntake, type Intake, type IntakeOptions } from './intake';
import { migrate } from './migrations';
import { loadRegistry } from './registryStore';
import { purgeExpiredKeys } from './tickets';

/** 1 hour: keys are kept for days, so a purge now and then is enough. */
const PURGE_EVERY_MS = 3_600_000;

export type IntakeService = { intake: Intake; db: Database; stop(): void };

export type ServiceOptions = Omit<IntakeOptions, 'db' | 'registry'>;

/** Migrates the database, reads the registry (seeding the demo one into an empty database) and starts the purge. */
export async function startIntake(db: Database, options: ServiceOptions = {}): Promise<IntakeService> {
  await migrate(db);
  const registry = await loadRegistry(db);
  const purge = (): void => {
    purgeExpiredKeys(db).catch((error: unknown) => console.error('Purging expired idempotency keys failed:', error));
  };
  purge();
  const timer = setInterval(purge, PURGE_EVERY_MS);
  timer.unref();
  return { intake: createIntake({ ...options, db, registry }), db, stop: () => clearInterval(timer) };
}

/** INTAKE_DEMO=1 turns on the demo endpoints; INTAKE_REVIEW_DELAY_MS sets when verdicts appear. */
export function serviceOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceOptions {
  const delay = Number(env.INTAKE_REVIEW_DELAY_MS);
  return {
    demo: env.INTAKE_DEMO === '1',
    ...(env.INTAKE_REVIEW_DELAY_MS && Number.isFinite(delay) ? { reviewDelayMs: delay } : {}),
  };
}
