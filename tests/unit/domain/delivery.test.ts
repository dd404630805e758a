// The delivery rules the queue applies to every intake answer, and the typed messages between page and worker.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageMessageSchema, workerMessageSchema } from '@/domain/messages';
import {
  attemptDelivery,
  deliveryUpdate,
  judgeAnswer,
  MAX_RETRY_MS,
  parseRetryAfter,
  readCappedText,
  retryDelayMs,
  submissionRequest,
  ticketsUrl,
  type IntakeAnswer,
} from '@/domain/delivery';
import type { TicketSubmission } from '@/domain/schemas';

const ID = randomUUID();

function answer(status: number, body: unknown, extra: Partial<IntakeAnswer> = {}): IntakeAnswer {
  return {
    status,
    redirected: false,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    retryAfter: null,
    ...extra,
  };
}

const receipt = { id: ID, status: 'received', receivedAt: '2025-03-01T10:00:00.000Z' };

describe('judgeAnswer', () => {
  it('counts 201 and 200 with this ticket receipt as delivered', () => {
    expect(judgeAnswer(ID, answer(201, receipt))).toEqual({ kind: 'delivered', receivedAt: receipt.receivedAt });
    expect(judgeAnswer(ID, answer(200, receipt)).kind).toBe('delivered');
  });

  it('retries 408, 409 (the ticket is still being filed), 429 and every 5xx, honouring Retry-After', () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504]) {
      expect(judgeAnswer(ID, answer(status, { error: 'x' }))).toMatchObject({ kind: 'retry', detail: `http-${status}` });
    }
    expect(judgeAnswer(ID, answer(503, '', { retryAfter: '7' }))).toMatchObject({ retryAfterMs: 7_000 });
  });

  it('sends a 400 from the intake back to the user with its issues', () => {
    const issues = [{ path: ['correctImeis', 1], message: 'imei-format' }];
    expect(judgeAnswer(ID, answer(400, { error: 'validation', issues }))).toEqual({ kind: 'rejected', detail: 'validation', issues });
    expect(judgeAnswer(ID, answer(422, { error: 'unprocessable' }))).toEqual({ kind: 'rejected', detail: 'http-422', issues: [] });
  });

  it('treats anything that is not the intake talking as a failed attempt, never as delivered', () => {
    const html = '<!doctype html><h1>Access denied</h1>';
    expect(judgeAnswer(ID, answer(200, html))).toEqual({ kind: 'retry', detail: 'bad-response' });
    expect(judgeAnswer(ID, answer(403, html))).toEqual({ kind: 'retry', detail: 'bad-response' });
    expect(judgeAnswer(ID, answer(400, html))).toEqual({ kind: 'retry', detail: 'bad-response' });
    expect(judgeAnswer(ID, answer(201, { ok: true }))).toEqual({ kind: 'retry', detail: 'bad-response' });
    expect(judgeAnswer(ID, answer(201, { ...receipt, id: randomUUID() }))).toEqual({ kind: 'retry', detail: 'bad-response' });
    expect(judgeAnswer(ID, answer(202, receipt))).toEqual({ kind: 'retry', detail: 'bad-response' });
    expect(judgeAnswer(ID, answer(302, ''))).toEqual({ kind: 'retry', detail: 'redirect' });
    expect(judgeAnswer(ID, answer(0, '', { redirected: true }))).toEqual({ kind: 'retry', detail: 'redirect' });
    expect(judgeAnswer(ID, { ...answer(200, ''), body: null })).toEqual({ kind: 'retry', detail: 'too-large' });
  });
});

describe('retryDelayMs', () => {
  it('starts at a few seconds, doubles, and is capped at about a minute', () => {
    const middle = (): number => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((failures) => retryDelayMs(failures, undefined, middle))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    for (let i = 0; i < 200; i += 1) {
      const delay = retryDelayMs(1 + (i % 12));
      expect(delay).toBeGreaterThanOrEqual(1_600);
      expect(delay).toBeLessThanOrEqual(MAX_RETRY_MS);
    }
  });

  it('waits at least what the server asked, up to the cap', () => {
    expect(retryDelayMs(1, 30_000, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(1, 3_600_000, () => 0.5)).toBe(MAX_RETRY_MS);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('readCappedText', () => {
  it('reads a small body, and stops at the cap without reading the rest', async () => {
    expect(await readCappedText(new Response('{"a":1}'))).toBe('{"a":1}');
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024));
      },
    });
    expect(await readCappedText(new Response(endless), 64 * 1024)).toBeNull();
    expect(pulled).toBeLessThan(10);
    const declared = new Response('x', { headers: { 'Content-Length': String(10 * 1024 * 1024) } });
    expect(await readCappedText(declared)).toBeNull();
  });
});

describe('attemptDelivery', () => {
  const submission: TicketSubmission = {
    id: ID,
    subject: 'imei-mismatch',
    requester: { phone: '09120000001' },
    correctImeis: ['350281374182634'],
    registeredImeis: ['350281374182634'],
    description: '',
    slotChecks: [true],
    createdAt: '2025-03-01T09:00:00.000Z',
  };
  const request = submissionRequest('https://intake.test/api/tickets', submission);

  it('posts the ticket with its id as Idempotency-Key, and never follows a redirect', async () => {
    let seen: { key: string | null; body: unknown; redirect?: RequestRedirect } | null = null;
    const attempt = await attemptDelivery(request, ID, async (sent, init) => {
      seen = { key: sent.headers.get('Idempotency-Key'), body: await sent.json(), redirect: init.redirect };
      return new Response(JSON.stringify(receipt), { status: 201, headers: { 'x-intake': 'demo' } });
    });
    expect(attempt).toEqual({ result: { kind: 'delivered', receivedAt: receipt.receivedAt }, demoIntake: true });
    expect(seen).toEqual({ key: ID, body: submission, redirect: 'manual' });
  });

  it('turns a network error and a time-out into failed attempts', async () => {
    const failing = await attemptDelivery(request, ID, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(failing.result).toEqual({ kind: 'retry', detail: 'network-error' });
    const hanging = await attemptDelivery(
      request,
      ID,
      (_sent, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
      50,
    );
    expect(hanging.result).toEqual({ kind: 'retry', detail: 'timeout' });
  });
});

describe('deliveryUpdate', () => {
  const at = '2026-01-01T00:00:00.000Z';

  it('turns each outcome into the update the queue and the page sender both announce', () => {
    expect(deliveryUpdate(ID, { kind: 'delivered', receivedAt: at }, at, { attempts: 2 })).toEqual({
      type: 'ticket-update',
      ticketId: ID,
      at,
      attempts: 2,
      state: 'sent',
      receivedAt: at,
    });
    const issues = [{ path: ['description'], message: 'too-vague' }];
    expect(deliveryUpdate(ID, { kind: 'rejected', detail: 'validation', issues }, at)).toEqual({
      type: 'ticket-update',
      ticketId: ID,
      at,
      state: 'rejected',
      detail: 'validation',
      issues,
    });
    expect(deliveryUpdate(ID, { kind: 'retry', detail: 'redirect' }, at, { nextAttemptAt: at })).toEqual({
      type: 'ticket-update',
      ticketId: ID,
      at,
      nextAttemptAt: at,
      state: 'queued',
      detail: 'redirect',
    });
    expect(deliveryUpdate(ID, { kind: 'expired' }, at)).toEqual({
      type: 'ticket-update',
      ticketId: ID,
      at,
      state: 'expired',
      detail: 'expired',
    });
  });
});

describe('messages', () => {
  it('accepts the messages each side sends and refuses anything else', () => {
    expect(pageMessageSchema.safeParse({ type: 'replay', force: true }).success).toBe(true);
    expect(pageMessageSchema.safeParse({ type: 'SKIP_WAITING' }).success).toBe(true);
    expect(pageMessageSchema.safeParse({ type: 'forget', answers: [{ ticketId: 'not-a-uuid' }] }).success).toBe(false);
    expect(pageMessageSchema.safeParse({ type: 'enqueue', submissions: [{ id: ID }] }).success).toBe(false);
    expect(pageMessageSchema.safeParse('replay').success).toBe(false);
    const update = { type: 'ticket-update', ticketId: ID, state: 'sent', at: receipt.receivedAt, receivedAt: receipt.receivedAt };
    expect(workerMessageSchema.safeParse(update).success).toBe(true);
    expect(workerMessageSchema.safeParse({ ...update, state: 'lost' }).success).toBe(false);
  });

  it('keeps a ticket update whose detail code this version does not know, without the code', () => {
    const update = { type: 'ticket-update', ticketId: ID, state: 'queued', at: receipt.receivedAt };
    expect(workerMessageSchema.parse({ ...update, detail: 'http-503' })).toMatchObject({ detail: 'http-503' });
    expect(workerMessageSchema.parse({ ...update, detail: 'redirect' })).toMatchObject({ detail: 'redirect' });
    const unknown = workerMessageSchema.parse({ ...update, detail: 'from-elsewhere' });
    expect(unknown).toMatchObject({ state: 'queued' });
    expect(unknown).not.toHaveProperty('detail', 'from-elsewhere');
  });

  it('finds the tickets endpoint from a relative or absolute intake address', () => {
    expect(ticketsUrl('/api', 'https://app.test/problems/x')).toBe('https://app.test/api/tickets');
    expect(ticketsUrl('https://intake.example/v1/', 'https://app.test/')).toBe('https://intake.example/v1/tickets');
  });
});
