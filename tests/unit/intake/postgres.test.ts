// The intake on a real PostgreSQL 15 (a throwaway cluster this file starts and stops): migrations, two processes, an outage.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSubmission, type DemoCase } from '@/domain/registry';
import type { TicketSubmission } from '@/domain/schemas';
import type { Database } from '@/intake/database';
import { migrate, MIGRATIONS } from '@/intake/migrations';
import { openPostgres } from '@/intake/postgres';
import { loadDemoRegistry } from '@/intake/registryStore';
import { countTickets } from '@/intake/tickets';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgresCluster';
import { startTestIntake, type TestIntake } from './testIntake';

/** initdb and the first start take a few seconds, more on a busy machine. */
const CLUSTER_START_MS = 90_000;

let cluster: PostgresCluster;
const opened: Database[] = [];
const [demoCase] = (loadDemoRegistry() as unknown as { cases: DemoCase[] }).cases;

beforeAll(async () => {
  cluster = await startPostgresCluster();
}, CLUSTER_START_MS);
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close().catch(() => undefined)));
  await cluster?.destroy();
});

async function open(url: string): Promise<Database> {
  const db = await openPostgres(url);
  opened.push(db);
  return db;
}

function submission(id: string = randomUUID()): TicketSubmission {
  if (!demoCase) throw new Error('the demo registry has no cases');
  return demoSubmission(demoCase, id, '2026-01-01T00:00:00.000Z');
}

function post(intake: TestIntake, body: TicketSubmission): Promise<Response> {
  return fetch(`${intake.url}/api/tickets`, { method: 'POST', headers: { 'Idempotency-Key': body.id }, body: JSON.stringify(body) });
}

describe('migrations on PostgreSQL 15', () => {
  it('run from an empty database, are idempotent, and two processes starting together migrate once', async () => {
    const url = await cluster.createDatabase('migrations');
    const [first, second] = [await open(url), await open(url)];
    const results = await Promise.all([migrate(first), migrate(second)]);
    expect(results.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(first)).toEqual([]);
    const rows = await first.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
  }, 30_000);
});

describe('two intake processes on one PostgreSQL', () => {
  it('create each ticket exactly once under concurrent retries spread over both', async () => {
    const url = await cluster.createDatabase('two_intakes');
    const [a, b] = [await startTestIntake({ db: await open(url) }), await startTestIntake({ db: await open(url) })];
    try {
      const tickets = Array.from({ length: 20 }, () => submission());
      const requests = tickets.flatMap((ticket) => Array.from({ length: 6 }, (_, i) => ({ ticket, intake: i % 2 === 0 ? a : b })));
      const answers = await Promise.all(
        requests.map(async ({ ticket, intake }) => ({ id: ticket.id, status: (await post(intake, ticket)).status })),
      );
      expect(answers.every((answer) => [201, 200, 409].includes(answer.status))).toBe(true);
      for (const ticket of tickets) expect(answers.filter((answer) => answer.id === ticket.id && answer.status === 201)).toHaveLength(1);
      expect(await countTickets(a.db)).toBe(tickets.length);
      // The same key with another body, through the other process: 422.
      const [firstTicket] = tickets;
      if (!firstTicket) throw new Error('no ticket');
      expect((await post(b, { ...firstTicket, description: 'changed' })).status).toBe(422);
      expect((await post(a, firstTicket)).status).toBe(200);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);
});

describe('a database that goes down', () => {
  it('answers 503 with Retry-After while PostgreSQL is stopped, and files the ticket once it is back', async () => {
    const url = await cluster.createDatabase('outage');
    const intake = await startTestIntake({ db: await open(url), log: () => undefined });
    try {
      const ticket = submission();
      await cluster.stop();
      const refused = await post(intake, ticket);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect((await fetch(`${intake.url}/api/health`)).status).toBe(503);
      await cluster.start();
      expect((await post(intake, ticket)).status).toBe(201);
      expect(await (await fetch(`${intake.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'postgres' });
    } finally {
      await intake.stop();
    }
  }, 60_000);
});
