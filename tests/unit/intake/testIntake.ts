// The intake on an in-memory PGlite for tests: one engine per test file (it takes seconds to start), demo endpoints on.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Database } from '@/intake/database';
import { openPglite } from '@/intake/pglite';
import { startIntakeServer, type RunningIntake } from '@/intake/server';
import type { ServiceOptions } from '@/intake/service';

/** PGlite needs several seconds to start on a busy machine: hooks that open one wait this long. */
export const ENGINE_START_MS = 300_000;

export type TestIntake = RunningIntake & { db: Database; stop(): Promise<void> };

/** Starts an intake server over `db`, or over a new in-memory PGlite that stop() closes. */
export async function startTestIntake(options: ServiceOptions & { db?: Database } = {}): Promise<TestIntake> {
  const db = options.db ?? (await openPglite());
  const running = await startIntakeServer(db, { demo: true, ...options });
  return {
    ...running,
    db,
    stop: async () => {
      await running.close();
      if (!options.db) await db.close();
    },
  };
}

/**
 * One intake for the test file (or describe block) that calls this: started before its tests, stopped after them,
 * its tickets and demo controls reset before each. The handle reads the running intake when a test uses it.
 */
export function useTestIntake(): TestIntake {
  let server: TestIntake | undefined;
  beforeAll(async () => {
    server = await startTestIntake({ reviewDelayMs: 0 });
  }, ENGINE_START_MS);
  afterAll(async () => {
    await server?.stop();
  });
  beforeEach(() => server?.intake.reset());
  return new Proxy({} as TestIntake, {
    get(_handle, key) {
      if (!server) throw new Error('the test intake has not started');
      return Reflect.get(server, key) as unknown;
    },
  });
}
