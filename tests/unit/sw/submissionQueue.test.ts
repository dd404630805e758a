// The service worker's submission queue: one delivery per ticket, back-off on failures, answers kept until recorded.
import { describe, expect, it } from 'vitest';
import { type TicketUpdate } from '@/domain/messages';
import { RETENTION_MS, retryDelayMs, submissionRequest, type Attempt, type DeliveryResult } from '@/domain/delivery';
import { createSubmissionQueue, type AnswerStore, type EntryStore, type StoredEntry } from '@/sw/submissionQueue';
import { submission } from './submissions';

const URL_ = 'https://app.test/api/tickets';

/** The queue store (src/sw/queueStore.ts), as an array. */
function arrayStore(initial: StoredEntry[] = []): EntryStore & { entries: StoredEntry[] } {
  const entries = [...initial];
  return {
    entries,
    pushRequest: async (entry) => void entries.push(entry),
    unshiftRequest: async (entry) => void entries.unshift(entry),
    shiftRequest: async () => entries.shift(),
    getAll: async () => [...entries],
  };
}

function mapAnswers(): AnswerStore & { saved: Map<string, TicketUpdate> } {
  const saved = new Map<string, TicketUpdate>();
  return {
    saved,
    put: async (update) => void saved.set(update.ticketId, update),
    list: async () => [...saved.values()],
    remove: async (ids) => ids.forEach((id) => saved.delete(id)),
  };
}

type Harness = ReturnType<typeof harness>;

/** A queue whose intake answers from a script: each POST takes the next result (then "delivered"). */
function harness(script: DeliveryResult[] = [], options: { entries?: StoredEntry[]; now?: () => number } = {}) {
  const store = arrayStore(options.entries);
  const answers = mapAnswers();
  const announced: TicketUpdate[] = [];
  const posted: string[] = [];
  const wakes: number[] = [];
  const queue = createSubmissionQueue({
    store,
    answers,
    request: (s) => submissionRequest(URL_, s),
    deliver: async (request, ticketId): Promise<Attempt> => {
      posted.push(ticketId);
      expect(request.headers.get('Idempotency-Key')).toBe(ticketId);
      const result = script.shift() ?? { kind: 'delivered', receivedAt: '2025-01-01T10:00:01.000Z' };
      return { result, demoIntake: true };
    },
    announce: (update) => announced.push(update),
    later: (ms) => void wakes.push(ms),
    now: options.now,
    random: () => 0.5,
  });
  return { queue, store, answers, announced, posted, wakes };
}

function statesOf(h: Harness, id: string): string[] {
  return h.announced.filter((update) => update.ticketId === id).map((update) => update.state);
}

describe('submission queue', () => {
  it('delivers a queued ticket once and keeps the answer until a page has recorded it', async () => {
    const h = harness();
    const ticket = submission();
    await h.queue.enqueue([ticket]);
    expect(await h.queue.replay(true)).toBe('done');
    expect(h.posted).toEqual([ticket.id]);
    expect(statesOf(h, ticket.id)).toEqual(['queued', 'sending', 'sent']);
    expect(h.store.entries).toHaveLength(0);
    const state = await h.queue.state();
    expect(state.answers.map((answer) => answer.state)).toEqual(['sent']);
    await h.queue.forget([{ ticketId: ticket.id }]);
    expect((await h.queue.state()).answers).toEqual([]);
    expect(h.answers.saved.size).toBe(0);
  });

  it('adds a ticket only once, however often a page hands it over', async () => {
    const h = harness([{ kind: 'retry', detail: 'network-error' }]);
    const ticket = submission();
    await h.queue.enqueue([ticket]);
    await h.queue.enqueue([ticket, ticket]);
    expect(h.store.entries).toHaveLength(1);
    await h.queue.replay(true);
    await h.queue.enqueue([ticket]);
    expect(h.store.entries).toHaveLength(1);
    await h.queue.replay(true);
    await h.queue.enqueue([ticket]);
    expect(h.store.entries).toHaveLength(0);
    expect(h.posted).toEqual([ticket.id, ticket.id]);
    // Handed over again after delivery: the answer is repeated, nothing is sent.
    expect(statesOf(h, ticket.id).at(-1)).toBe('sent');
  });

  it('tries again soon, not later and later, while an intake that is up fails only some requests', async () => {
    const busy: DeliveryResult = { kind: 'retry', detail: 'http-503' };
    const taken: DeliveryResult = { kind: 'delivered', receivedAt: '2025-01-01T10:00:01.000Z' };
    // Four tickets: the first two passes each deliver one and fail the rest; the third delivers none.
    const h = harness([busy, taken, busy, busy, busy, taken, busy, busy, busy]);
    await h.queue.enqueue([submission(), submission(), submission(), submission()]);
    expect(await h.queue.replay(true)).toBe('failed');
    expect(await h.queue.replay(true)).toBe('failed');
    expect(await h.queue.replay(true)).toBe('failed');
    const wait = (failures: number): number => retryDelayMs(failures, undefined, () => 0.5);
    expect(h.wakes).toEqual([wait(1), wait(1), wait(2)]);
  });

  it('keeps a ticket after a 503 and backs off before the next try, unless forced', async () => {
    let clock = 1_000_000;
    const h = harness(
      [
        { kind: 'retry', detail: 'http-503' },
        { kind: 'retry', detail: 'http-503' },
      ],
      { now: () => clock },
    );
    const ticket = submission();
    await h.queue.enqueue([ticket]);
    expect(await h.queue.replay(true)).toBe('failed');
    expect(h.store.entries).toHaveLength(1);
    expect(h.wakes).toEqual([2_000]);
    expect(await h.queue.replay(false)).toBe('waiting');
    clock += 2_000;
    expect(await h.queue.replay(false)).toBe('failed');
    expect(h.wakes).toEqual([2_000, 4_000]);
    const state = await h.queue.state();
    expect(state.waiting).toEqual([{ ticketId: ticket.id, state: 'queued', attempts: 2, detail: 'http-503' }]);
    expect(await h.queue.replay(true)).toBe('done');
    expect(h.posted).toHaveLength(3);
    const failure = h.announced.find((update) => update.detail === 'http-503');
    expect(failure?.nextAttemptAt).toBeDefined();
  });

  it('caps the back-off at about a minute', async () => {
    let clock = 0;
    const h = harness(
      Array.from({ length: 12 }, () => ({ kind: 'retry', detail: 'network-error' }) as const),
      { now: () => clock },
    );
    await h.queue.enqueue([submission()]);
    for (let i = 0; i < 12; i += 1) {
      await h.queue.replay(true);
      clock += 120_000;
    }
    expect(Math.max(...h.wakes)).toBeLessThanOrEqual(60_000);
    expect(h.wakes.at(-1)).toBe(60_000);
  });

  it('takes a rejected ticket out of the queue with the intake issues, and never sends it again by itself', async () => {
    const issues = [{ path: ['description'], message: 'too-vague' }];
    const h = harness([{ kind: 'rejected', detail: 'validation', issues }]);
    const ticket = submission();
    await h.queue.enqueue([ticket]);
    expect(await h.queue.replay(true)).toBe('done');
    expect(h.store.entries).toHaveLength(0);
    const answer = (await h.queue.state()).answers[0];
    expect(answer).toMatchObject({ ticketId: ticket.id, state: 'rejected', issues });
    // After the user fixed it, the page forgets the answer and hands the ticket over again.
    await h.queue.forget([{ ticketId: ticket.id }]);
    await h.queue.enqueue([ticket]);
    await h.queue.replay(true);
    expect(h.posted).toEqual([ticket.id, ticket.id]);
    expect(statesOf(h, ticket.id).at(-1)).toBe('sent');
  });

  it('does not send a ticket older than 7 days: it is answered "expired", not dropped', async () => {
    const now = Date.now();
    const ticket = submission();
    const stale: StoredEntry = {
      request: submissionRequest(URL_, ticket),
      timestamp: now - RETENTION_MS - 1,
      metadata: { ticketId: ticket.id, attempts: 40 },
    };
    const h = harness([], { entries: [stale], now: () => now });
    expect((await h.queue.state()).waiting.map((entry) => entry.ticketId)).toEqual([ticket.id]);
    await h.queue.replay(true);
    expect(h.posted).toEqual([]);
    expect((await h.queue.state()).answers).toMatchObject([{ ticketId: ticket.id, state: 'expired', detail: 'expired' }]);
  });

  it('runs one replay at a time, so concurrent triggers never send an entry twice', async () => {
    const h = harness();
    const tickets = Array.from({ length: 20 }, () => submission());
    await h.queue.enqueue(tickets);
    await Promise.all([h.queue.replay(true), h.queue.replay(true), h.queue.replay(false), h.queue.replay(true)]);
    expect(h.posted).toHaveLength(20);
    expect(new Set(h.posted).size).toBe(20);
  });

  it('keeps entries in order and puts failed ones back in front', async () => {
    const h = harness([{ kind: 'retry', detail: 'timeout' }]);
    const [first, second] = [submission(), submission()];
    await h.queue.enqueue([first, second]);
    await h.queue.replay(true);
    const ids = h.store.entries.map((entry) => entry.request.headers.get('Idempotency-Key'));
    expect(ids).toEqual([first.id]);
    expect(statesOf(h, second.id)).toEqual(['queued', 'sending', 'sent']);
  });
});
