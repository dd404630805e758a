// The reference intake keeps the intake contract: idempotent POST, GET of the verdict, 400 with issues, test controls.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoSubmission, type DemoCase } from '@/domain/registry';
import { ticketReceiptSchema, ticketReviewSchema, validationErrorSchema, type TicketSubmission } from '@/domain/schemas';
import { VERDICT_IDS } from '@/domain/verdicts';
import { loadDemoRegistry } from '@/intake/intake';
import { startIntakeServer, type RunningIntake } from '@/intake/server';

let server: RunningIntake;
const registry = loadDemoRegistry();
const cases = (registry as unknown as { cases: DemoCase[] }).cases;

beforeAll(async () => {
  server = await startIntakeServer({ reviewDelayMs: 0 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.intake.reset());

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

  it('answers the same id again with 200 and the first answer, creating nothing', async () => {
    const submission = submissionFor(firstCase());
    const first = ticketReceiptSchema.parse(await (await post(submission)).json());
    const again = await post({ ...submission, description: 'changed' });
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
    const slow = await startIntakeServer({ reviewDelayMs: 5_000, now: () => clock });
    try {
      const submission = submissionFor(firstCase());
      await fetch(`${slow.url}/api/tickets`, { method: 'POST', body: JSON.stringify(submission) });
      const before = await (await fetch(`${slow.url}/api/tickets/${submission.id}`)).json();
      expect(before).toEqual({ id: submission.id, status: 'received' });
      clock += 5_000;
      const after = ticketReviewSchema.parse(await (await fetch(`${slow.url}/api/tickets/${submission.id}`)).json());
      expect(after.status).toBe('reviewed');
    } finally {
      await slow.close();
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
    expect(missing.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${server.url}/api/tickets`)).status).toBe(405);
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
  });
});
