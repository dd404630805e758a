// npm run bench:intake — 1,000 concurrent POSTs over 100 ticket ids: two intake processes on one PostgreSQL, then one on PGlite.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSubmission, type DemoCase } from '../src/domain/registry';
import type { TicketSubmission } from '../src/domain/schemas';
import { loadDemoRegistry } from '../src/intake/registryStore';
import { startIntakeProcess, type IntakeProcess } from '../tests/support/intakeProcess';
import { startPostgresCluster } from '../tests/support/postgresCluster';

const REQUESTS = 1_000;
const IDS = 100;
const ALLOWED = new Set([200, 201, 409]);

type Sent = { ticket: TicketSubmission; api: string; status: number; ms: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function post(api: string, ticket: TicketSubmission): Promise<Sent> {
  const started = performance.now();
  let status = 0;
  try {
    const response = await fetch(`${api}/tickets`, {
      method: 'POST',
      headers: { 'Idempotency-Key': ticket.id },
      body: JSON.stringify(ticket),
    });
    await response.arrayBuffer();
    status = response.status;
  } catch {
    status = 0;
  }
  return { ticket, api, status, ms: performance.now() - started };
}

/** Fires every request at once; each id's ten requests alternate between the processes. */
async function burst(label: string, apis: string[]): Promise<boolean> {
  const cases = (loadDemoRegistry() as unknown as { cases: DemoCase[] }).cases;
  const tickets = Array.from({ length: IDS }, (_, i) => demoSubmission(cases[i % cases.length]!, randomUUID(), new Date().toISOString()));
  const started = performance.now();
  const sent = await Promise.all(
    Array.from({ length: REQUESTS }, (_, i) => post(apis[Math.floor(i / IDS) % apis.length]!, tickets[i % IDS]!)),
  );
  const seconds = (performance.now() - started) / 1000;
  const latencies = sent.map((s) => s.ms).sort((a, b) => a - b);
  const counts = new Map<number, number>();
  for (const s of sent) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  // The 409s are retried, as the app's queue does, until every ticket has its answer.
  let pending = sent.filter((s) => s.status === 409);
  let rounds = 0;
  while (pending.length > 0 && rounds < 20) {
    rounds += 1;
    pending = (await Promise.all(pending.map((s) => post(s.api, s.ticket)))).filter((s) => s.status === 409);
  }
  const stats = (await (await fetch(`${apis[0]}/__demo/stats`)).json()) as { tickets: number };
  const statusText = [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(', ');
  console.log(`\n${label}`);
  console.log(`  ${REQUESTS} POSTs over ${IDS} ids in ${seconds.toFixed(2)} s: ${Math.round(REQUESTS / seconds)} requests/s`);
  console.log(`  latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`);
  console.log(`  answers: ${statusText}; 409s retried in ${rounds} round(s)`);
  console.log(`  tickets in the database: ${stats.tickets} (expected ${IDS})`);
  const ok = stats.tickets === IDS && sent.every((s) => ALLOWED.has(s.status)) && counts.get(201) === IDS && pending.length === 0;
  if (!ok) console.error('  FAILED: expected exactly one ticket per id and only 201, 200 or 409');
  return ok;
}

async function stopAll(processes: IntakeProcess[]): Promise<void> {
  for (const running of processes) running.child.kill('SIGTERM');
  await Promise.all(processes.map((running) => running.exited));
}

let ok = true;
const cluster = await startPostgresCluster();
try {
  const env = { DATABASE_URL: cluster.url, INTAKE_DEMO: '1' };
  // One after the other: both migrate the same database at start, the second finds nothing to do.
  const processes = [await startIntakeProcess(env), await startIntakeProcess(env)];
  try {
    ok =
      (await burst(
        'PostgreSQL 15, two intake processes',
        processes.map((p) => p.api),
      )) && ok;
  } finally {
    await stopAll(processes);
  }
} finally {
  await cluster.destroy();
}

const dataDir = await mkdtemp(join(tmpdir(), 'intake-bench-'));
try {
  const embedded = await startIntakeProcess({ INTAKE_DATA_DIR: dataDir, INTAKE_DEMO: '1' });
  try {
    ok = (await burst('PGlite (embedded), one intake process', [embedded.api])) && ok;
  } finally {
    await stopAll([embedded]);
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
