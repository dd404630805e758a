// A hard kill in the middle of a burst loses no acknowledged ticket, and retries file every other ticket exactly once.
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoSubmission, type DemoCase } from '@/domain/registry';
import { ticketReceiptSchema, type TicketReceipt, type TicketSubmission } from '@/domain/schemas';
import { loadDemoRegistry } from '@/intake/registryStore';
import { startIntakeProcess, type IntakeProcess } from '../../support/intakeProcess';

const cases = (loadDemoRegistry() as unknown as { cases: DemoCase[] }).cases;
const folders: string[] = [];
const processes: IntakeProcess[] = [];

afterAll(async () => {
  for (const running of processes) running.child.kill('SIGKILL');
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function start(dataDir: string): Promise<IntakeProcess> {
  const running = await startIntakeProcess({ INTAKE_DATA_DIR: dataDir, INTAKE_DEMO: '1' });
  processes.push(running);
  return running;
}

type Answer = { status: number; receipt?: TicketReceipt };

async function post(api: string, ticket: TicketSubmission): Promise<Answer> {
  try {
    const response = await fetch(`${api}/tickets`, {
      method: 'POST',
      headers: { 'Idempotency-Key': ticket.id },
      body: JSON.stringify(ticket),
    });
    const body: unknown = await response.json();
    return response.ok ? { status: response.status, receipt: ticketReceiptSchema.parse(body) } : { status: response.status };
  } catch {
    return { status: 0 };
  }
}

describe('the intake killed with SIGKILL mid-burst', () => {
  it('keeps every ticket it acknowledged, with its first receipt; retries create the others exactly once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'intake-crash-'));
    folders.push(dataDir);
    const tickets = Array.from({ length: 40 }, (_, i) => demoSubmission(cases[i % cases.length]!, randomUUID(), new Date().toISOString()));

    const first = await start(dataDir);
    let acknowledged = 0;
    const answers = await Promise.all(
      tickets.map(async (ticket) => {
        const answer = await post(first.api, ticket);
        // The kill lands while most of the burst is still queued or in a transaction.
        if (answer.receipt && ++acknowledged === 10) first.child.kill('SIGKILL');
        return answer;
      }),
    );
    expect(await first.exited).toBeNull();
    const firstReceipts = new Map(tickets.flatMap((ticket, i) => (answers[i]?.receipt ? [[ticket.id, answers[i].receipt] as const] : [])));
    expect(firstReceipts.size).toBeGreaterThanOrEqual(10);
    expect(firstReceipts.size).toBeLessThan(tickets.length);

    const second = await start(dataDir);
    for (const [id, receipt] of firstReceipts) {
      const ticket = tickets.find((t) => t.id === id)!;
      expect(await post(second.api, ticket)).toEqual({ status: 200, receipt });
    }
    const retries = await Promise.all(tickets.filter((t) => !firstReceipts.has(t.id)).map((t) => post(second.api, t)));
    // 201, or 200 when the kill came after the commit but before the answer left.
    expect(retries.every((answer) => answer.status === 201 || answer.status === 200)).toBe(true);
    const totals = (await (await fetch(`${second.api}/__demo/stats`)).json()) as { tickets: number };
    expect(totals.tickets).toBe(tickets.length);

    // SIGTERM: a request already being received is answered, then the process exits cleanly.
    const [ticket] = tickets;
    if (!ticket) throw new Error('no ticket');
    const body = Buffer.from(JSON.stringify(ticket));
    const request = httpRequest(`${second.api}/tickets`, {
      method: 'POST',
      headers: { 'Idempotency-Key': ticket.id, 'Content-Length': String(body.byteLength) },
    });
    const answered = new Promise<number>((resolve, reject) => {
      request.once('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.once('error', reject);
    });
    request.write(body.subarray(0, 10));
    // Once the intake has answered this, it has read the first request's headers too (sent earlier).
    expect((await fetch(`${second.api}/health`)).status).toBe(200);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.stdout?.once('data', resolve));
    request.end(body.subarray(10));
    expect(await answered).toBe(200);
    expect(await second.exited).toBe(0);
  }, 600_000);
});
