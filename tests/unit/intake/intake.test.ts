// The intake keeps the intake contract: idempotent POST, GET of the verdict, 400 with issues, health, demo controls.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoSubmission, type DemoCase } from '@/domain/registry';
import { ticketReceiptSchema, ticketReviewSchema, validationErrorSchema, type TicketSubmission } from '@/domain/schemas';
import { VERDICT_IDS } from '@/domain/verdicts';
import type { Database } from '@/intake/database';
import { loadDemoRegistry } from '@/intake/registryStore';
import type { LogLine } from '@/intake/requestLog';
import { startTestIntake, useTestIntake } from './testIntake';

const server = useTestIntake();
const registry = loadDemoRegistry();
const cases = (registry as unknown as { cases: DemoCase[] }).cases;

function submissionFor(demoCase: DemoCase, id: string = randomUUID()): TicketSubmission {
  return demoSubmission(demoCase, id, new Date().toISOString());
}

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const id = typeof body === 'object' && body !== null && 'id' in body ? String(body.id) : undefined;
  return fetch(`${server.url}/api/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(id ? { 'Idempotency-Key': id } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function stats(id: string): Promise<{ posts: number; answers: number[]; received: boolean }> {
  const response = await fetch(`${server.url}/api/__demo/stats?id=${id}`);
  return (await response.json()) as { posts: number; answers: number[]; received: boolean };
}

function firstCase(): DemoCase {
  const demoCase = cases[0];
  if (!demoCase) throw new Error('the demo registry has no cases');
  return demoCase;
}

describe('POST /api/tickets', () => {
  it('answers 201 with a receipt for a new ticket, and says it is the demo intake', async () => {
    const submission = submissionFor(firstCase());
    const response = await post(submission);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-intake')).toBe('demo');
    const receipt = ticketReceiptSchema.parse(await response.json());
    expect(receipt.id).toBe(submission.id);
  });

  it('answers the same ticket again with 200 and the first answer, creating nothing', async () => {
    const submission = submissionFor(firstCase());
    const first = ticketReceiptSchema.parse(await (await post(submission)).json());
    const again = await post(submission);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(await stats(submission.id)).toMatchObject({ posts: 2, answers: [201, 200], received: true });
    const totals = (await (await fetch(`${server.url}/api/__demo/stats`)).json()) as { tickets: number };
    expect(totals.tickets).toBe(1);
  });

  it('answers an invalid body with 400 and the zod issues naming the fields', async () => {
    const submission = { ...submissionFor(firstCase()), requester: { phone: '12' }, correctImeis: ['1234'] };
    const response = await post(submission);
    expect(response.status).toBe(400);
    const error = validationErrorSchema.parse(await response.json());
    const paths = error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('requester.phone');
    expect(paths).toContain('correctImeis.0');
    expect((await stats(submission.id)).received).toBe(false);
  });

  it('refuses an Idempotency-Key that is not the ticket id', async () => {
    const submission = submissionFor(firstCase());
    const response = await post(submission, { 'Idempotency-Key': randomUUID() });
    expect(response.status).toBe(400);
    expect(validationErrorSchema.parse(await response.json()).issues[0]?.path).toEqual(['id']);
  });

  it('answers hostile bodies with 400 or 413 and keeps serving', async () => {
    expect((await post('<html>not json')).status).toBe(400);
    expect((await post('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[')).status).toBe(400);
    expect((await post('null')).status).toBe(400);
    expect((await post(JSON.stringify({ __proto__: { admin: true }, id: 'x' }))).status).toBe(400);
    expect((await post('x'.repeat(200 * 1024))).status).toBe(413);
    const nested = '['.repeat(30_000) + ']'.repeat(30_000);
    expect((await post(nested)).status).toBe(400);
    const ok = await post(submissionFor(firstCase()));
    expect(ok.status).toBe(201);
  });
});

describe('GET /api/tickets/:id', () => {
  it('gives every demo case the verdict the registry says, covering all eight verdicts', async () => {
    const seen = new Set<string>();
    for (const demoCase of cases) {
      const submission = submissionFor(demoCase);
      expect((await post(submission)).status).toBe(201);
      const review = ticketReviewSchema.parse(await (await fetch(`${server.url}/api/tickets/${submission.id}`)).json());
      expect(review).toMatchObject({ id: submission.id, status: 'reviewed', verdict: demoCase.verdict });
      seen.add(review.verdict ?? '');
    }
    expect([...seen].sort()).toEqual([...VERDICT_IDS].sort());
  });

  it('says "received" until the review delay has passed', async () => {
    let clock = 1_000_000;
    const slow = await startTestIntake({ db: server.db, reviewDelayMs: 5_000, now: () => clock });
    try {
      const submission = submissionFor(firstCase());
      await fetch(`${slow.url}/api/tickets`, {
        method: 'POST',
        headers: { 'Idempotency-Key': submission.id },
        body: JSON.stringify(submission),
      });
      const before = await (await fetch(`${slow.url}/api/tickets/${submission.id}`)).json();
      expect(before).toEqual({ id: submission.id, status: 'received' });
      clock += 5_000;
      const after = ticketReviewSchema.parse(await (await fetch(`${slow.url}/api/tickets/${submission.id}`)).json());
      expect(after.status).toBe('reviewed');
    } finally {
      await slow.stop();
    }
  });

  it('answers 404 for an unknown ticket and 400 for an id that is not a uuid', async () => {
    expect((await fetch(`${server.url}/api/tickets/${randomUUID()}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/tickets/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/tickets/..%2F..%2Fetc`)).status).toBe(400);
  });
});

describe('demo controls', () => {
  it('answers the next POSTs with an injected 503, then normally, counting every POST', async () => {
    await fetch(`${server.url}/api/__demo/faults`, { method: 'POST', body: JSON.stringify({ failNext: 3, status: 503 }) });
    const submission = submissionFor(firstCase());
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(submission)).status);
    expect(statuses).toEqual([503, 503, 503, 201]);
    expect(await stats(submission.id)).toMatchObject({ posts: 4, answers: [503, 503, 503, 201], received: true });
  });

  it('answers an injected 400 with validation issues the app can show on a field', async () => {
    await fetch(`${server.url}/api/__demo/faults`, { method: 'POST', body: JSON.stringify({ failNext: 1, status: 400 }) });
    const response = await post(submissionFor(firstCase()));
    expect(response.status).toBe(400);
    expect(validationErrorSchema.parse(await response.json()).issues[0]?.path).toEqual(['description']);
  });

  it('can answer with an HTML page, a redirect or a receipt of the wrong shape', async () => {
    for (const respond of ['html', 'redirect', 'wrong-schema'] as const) {
      await fetch(`${server.url}/api/__demo/faults`, { method: 'POST', body: JSON.stringify({ failNext: 1, respond }) });
      const response = await post(submissionFor(firstCase()), {});
      expect(ticketReceiptSchema.safeParse(await response.json().catch(() => null)).success).toBe(false);
    }
  });

  it('can drop the connection with no answer, as a dead mobile link does, and still takes the ticket after', async () => {
    await fetch(`${server.url}/api/__demo/faults`, { method: 'POST', body: JSON.stringify({ failNext: 1, respond: 'drop' }) });
    const submission = submissionFor(firstCase());
    await expect(post(submission)).rejects.toThrow();
    expect((await post(submission)).status).toBe(201);
    expect(await stats(submission.id)).toMatchObject({ answers: [0, 201], received: true });
  });

  it('refuses a malformed fault and forgets everything on reset', async () => {
    const bad = await fetch(`${server.url}/api/__demo/faults`, { method: 'POST', body: '{"failNext":-1}' });
    expect(bad.status).toBe(400);
    const submission = submissionFor(firstCase());
    await post(submission);
    await fetch(`${server.url}/api/__demo/reset`, { method: 'POST' });
    expect(await stats(submission.id)).toMatchObject({ posts: 0, received: false });
  });

  it('answers unknown paths under /api with 404 JSON and wrong methods with 405', async () => {
    const missing = await fetch(`${server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${server.url}/api/tickets`)).status).toBe(405);
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
  });
});

describe('idempotency (draft-ietf-httpapi-idempotency-key-header-07)', () => {
  async function problem(response: Response): Promise<{ status: number; error: string; issues?: unknown[] }> {
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return (await response.json()) as { status: number; error: string; issues?: unknown[] };
  }

  it('first request 201; the same key and body again 200 with the same body, any number of times', async () => {
    const submission = submissionFor(firstCase());
    const first = await post(submission);
    expect(first.status).toBe(201);
    const receipt: unknown = await first.json();
    for (let i = 0; i < 3; i += 1) {
      const again = await post(submission);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(receipt);
    }
  });

  it('takes the key quoted (a structured-field string) or bare, in any letter case', async () => {
    const submission = submissionFor(firstCase());
    expect((await post(submission, { 'Idempotency-Key': `"${submission.id}"` })).status).toBe(201);
    expect((await post(submission, { 'Idempotency-Key': submission.id.toUpperCase() })).status).toBe(200);
  });

  it('the same key with a different body: 422, and the first ticket is unchanged', async () => {
    const submission = submissionFor(firstCase());
    const receipt: unknown = await (await post(submission)).json();
    const other = await post({ ...submission, description: 'changed' });
    expect(other.status).toBe(422);
    expect(await problem(other)).toMatchObject({ status: 422, error: 'key-reused' });
    expect(await (await post(submission)).json()).toEqual(receipt);
  });

  it('a body whose keys come in another order is the same request', async () => {
    const submission = submissionFor(firstCase());
    expect((await post(submission)).status).toBe(201);
    const reordered = Object.fromEntries(Object.entries(submission).reverse());
    expect((await post(reordered)).status).toBe(200);
  });

  it('a request whose key is still being processed: 409 with Retry-After, and exactly one ticket', async () => {
    const submission = submissionFor(firstCase());
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(submission)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.every((status) => status === 201 || status === 200 || status === 409)).toBe(true);
    const conflict = answers.find((answer) => answer.status === 409);
    if (conflict) {
      expect(conflict.headers.get('retry-after')).toBe('1');
      expect(await problem(conflict)).toMatchObject({ error: 'in-progress' });
    }
    const totals = (await (await fetch(`${server.url}/api/__demo/stats`)).json()) as { tickets: number };
    expect(totals.tickets).toBe(1);
  });

  it('a 400 binds nothing: the corrected ticket with the same id is a first request (201, not 422)', async () => {
    const submission = submissionFor(firstCase());
    const refused = await post({ ...submission, correctImeis: ['1234'] });
    expect(refused.status).toBe(400);
    expect((await post(submission)).status).toBe(201);
  });

  it('an injected 400 binds nothing either', async () => {
    await fetch(`${server.url}/api/__demo/faults`, { method: 'POST', body: JSON.stringify({ failNext: 1, status: 400 }) });
    const submission = submissionFor(firstCase());
    expect((await post(submission)).status).toBe(400);
    expect((await post({ ...submission, description: 'corrected' })).status).toBe(201);
  });

  it('a POST without a key, or with a key that is not a UUID: 400 problem with issues', async () => {
    const submission = submissionFor(firstCase());
    const missing = await fetch(`${server.url}/api/tickets`, { method: 'POST', body: JSON.stringify(submission) });
    expect(missing.status).toBe(400);
    expect(await problem(missing)).toMatchObject({
      error: 'validation',
      issues: [{ path: ['Idempotency-Key'], message: 'missing-idempotency-key' }],
    });
    const invalid = await post(submission, { 'Idempotency-Key': 'ticket-1' });
    expect(invalid.status).toBe(400);
    expect((await post(submission)).status).toBe(201);
  });
});

describe('strict input', () => {
  it('refuses unknown fields, at the top and nested, with issues naming them', async () => {
    const submission = submissionFor(firstCase());
    const top = await post({ ...submission, admin: true });
    expect(top.status).toBe(400);
    expect(validationErrorSchema.parse(await top.json()).issues[0]?.message).toBeTruthy();
    const nested = await post({ ...submission, requester: { ...submission.requester, nationalId: '0012345678' } });
    expect(nested.status).toBe(400);
    const paths = validationErrorSchema.parse(await nested.json()).issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('requester');
  });

  it('refuses wrong types with 400 and the field', async () => {
    const submission = submissionFor(firstCase());
    const response = await post({ ...submission, slotChecks: 'yes' });
    expect(response.status).toBe(400);
    expect(validationErrorSchema.parse(await response.json()).issues.map((issue) => issue.path.join('.'))).toContain('slotChecks');
  });
});

describe('a real service', () => {
  it('GET /api/health says the database is reachable', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('answers 503 with Retry-After while the database is down, and files the ticket once it is back', async () => {
    let down = false;
    const fail = (): Promise<never> => Promise.reject(new Error('connection refused'));
    const real = server.db;
    const flaky: Database = {
      engine: real.engine,
      query: (sql, params) => (down ? fail() : real.query(sql, params)),
      exec: (sql) => (down ? fail() : real.exec(sql)),
      transaction: (work) => (down ? fail() : real.transaction(work)),
      close: async () => undefined,
    };
    const intake = await startTestIntake({ db: flaky, log: () => undefined });
    try {
      const submission = submissionFor(firstCase());
      down = true;
      const refused = await fetch(`${intake.url}/api/tickets`, {
        method: 'POST',
        headers: { 'Idempotency-Key': submission.id },
        body: JSON.stringify(submission),
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect((await fetch(`${intake.url}/api/health`)).status).toBe(503);
      expect((await fetch(`${intake.url}/api/tickets/${submission.id}`)).status).toBe(503);
      down = false;
      const accepted = await fetch(`${intake.url}/api/tickets`, {
        method: 'POST',
        headers: { 'Idempotency-Key': submission.id },
        body: JSON.stringify(submission),
      });
      expect(accepted.status).toBe(201);
    } finally {
      await intake.stop();
    }
  });

  it('has no demo endpoints and does not call itself the demo without INTAKE_DEMO', async () => {
    const plain = await startTestIntake({ db: server.db, demo: false });
    try {
      for (const [method, path] of [
        ['GET', 'stats'],
        ['POST', 'reset'],
        ['POST', 'faults'],
        ['POST', 'config'],
      ] as const) {
        expect((await fetch(`${plain.url}/api/__demo/${path}`, { method, body: method === 'POST' ? '{}' : undefined })).status).toBe(404);
      }
      const submission = submissionFor(firstCase());
      const response = await fetch(`${plain.url}/api/tickets`, {
        method: 'POST',
        headers: { 'Idempotency-Key': submission.id },
        body: JSON.stringify(submission),
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('x-intake')).toBeNull();
    } finally {
      await plain.stop();
    }
  });

  it('logs one JSON line per request, with no ticket id, phone number or IMEI in it', async () => {
    const lines: LogLine[] = [];
    const logged = await startTestIntake({ db: server.db, log: (line) => lines.push(line) });
    try {
      const submission = submissionFor(firstCase());
      await fetch(`${logged.url}/api/tickets`, {
        method: 'POST',
        headers: { 'Idempotency-Key': submission.id },
        body: JSON.stringify(submission),
      });
      await fetch(`${logged.url}/api/tickets/${submission.id}?phone=${submission.requester.phone}`);
      await expect.poll(() => lines.length).toBe(2);
      expect(lines.map((line) => [line.method, line.route, line.status])).toEqual([
        ['POST', '/api/tickets', 201],
        ['GET', '/api/tickets/:id', 200],
      ]);
      const text = JSON.stringify(lines);
      for (const secret of [submission.id, submission.requester.phone, ...submission.correctImeis]) expect(text).not.toContain(secret);
    } finally {
      await logged.stop();
    }
  });
});
