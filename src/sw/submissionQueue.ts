// The submission queue: tickets waiting for the intake, sent in small batches with back-off, and what became of each.
import { type ForgottenAnswer, type QueuedTicket, type QueueState, type TicketUpdate } from '../domain/messages';
import { deliveryUpdate, RETENTION_MS, retryDelayMs, type Attempt } from '../domain/delivery';
import { z } from 'zod/mini';
import { historyDetailSchema } from '../domain/deliveryDetail';
import type { TicketSubmission } from '../domain/intakeContract';

/** This module's notes on a queued POST: whose it is, how often it was tried, and why the last try failed. */
export const entryMetaSchema = z.object({
  ticketId: z.string(),
  attempts: z.int().check(z.minimum(0)),
  detail: historyDetailSchema,
});
type EntryMeta = z.infer<typeof entryMetaSchema>;

/** A queued POST, when it was queued, and the notes above (every entry names its ticket). */
export type StoredEntry = { request: Request; timestamp?: number; metadata: EntryMeta };

/** Where the entries wait (src/sw/queueStore.ts in the worker; a plain array stands in for it in tests). */
export type EntryStore = {
  pushRequest(entry: StoredEntry): Promise<void>;
  unshiftRequest(entry: StoredEntry): Promise<void>;
  shiftRequest(): Promise<StoredEntry | undefined>;
  getAll(): Promise<StoredEntry[]>;
};

/** Durable final answers (sent, rejected, expired) kept until a page has recorded them. */
export type AnswerStore = {
  put(update: TicketUpdate): Promise<void>;
  list(): Promise<TicketUpdate[]>;
  remove(ticketIds: string[]): Promise<void>;
};

export type SubmissionQueueDeps = {
  store: EntryStore;
  answers: AnswerStore;
  request(submission: TicketSubmission): Request;
  deliver(request: Request, ticketId: string): Promise<Attempt>;
  /** Tells every open page (BroadcastChannel); nobody may be listening. */
  announce(update: TicketUpdate): void;
  /** Wakes the queue after a back-off, while the worker lives (pages also nudge it). */
  later(ms: number, wake: () => void): void;
  now?: () => number;
  random?: () => number;
};

type ReplayOutcome = 'done' | 'failed' | 'waiting';

export type SubmissionQueue = {
  enqueue(submissions: TicketSubmission[]): Promise<void>;
  replay(force: boolean): Promise<ReplayOutcome>;
  state(): Promise<QueueState>;
  /** Drops answers a page has recorded (an answer newer than the one named stays). */
  forget(answers: readonly ForgottenAnswer[]): Promise<void>;
};

/** 6: a browser's connections per host; more would only wait in its own queue. */
const BATCH = 6;

export function createSubmissionQueue(deps: SubmissionQueueDeps): SubmissionQueue {
  const now = deps.now ?? Date.now;
  // In-memory mirrors of what is stored, so that "is this ticket already here?" is answered
  // without awaiting anything: two messages can then never both decide to add the same ticket.
  const waiting = new Map<string, QueuedTicket>();
  const answered = new Map<string, TicketUpdate>();
  let failures = 0;
  let nextAttemptAt = 0;
  let running: Promise<ReplayOutcome> | null = null;
  let rerun = false;

  const ready = (async () => {
    for (const entry of await deps.store.getAll()) {
      const { ticketId, attempts, detail } = entry.metadata;
      waiting.set(ticketId, { ticketId, state: 'queued', attempts, detail });
    }
    for (const answer of await deps.answers.list()) answered.set(answer.ticketId, answer);
  })();

  const stamp = (): string => new Date(now()).toISOString();

  async function enqueue(submissions: TicketSubmission[]): Promise<void> {
    await ready;
    for (const submission of submissions) {
      const id = submission.id;
      if (waiting.has(id)) continue;
      const answer = answered.get(id);
      if (answer) {
        // Already answered, but the page asking has not heard: tell it again, send nothing.
        deps.announce(answer);
        continue;
      }
      waiting.set(id, { ticketId: id, state: 'queued', attempts: 0 });
      const metadata: EntryMeta = { ticketId: id, attempts: 0 };
      await deps.store.pushRequest({ request: deps.request(submission), metadata, timestamp: now() });
      deps.announce({ type: 'ticket-update', ticketId: id, state: 'queued', at: stamp(), attempts: 0 });
    }
  }

  async function settle(update: TicketUpdate): Promise<void> {
    answered.set(update.ticketId, update);
    waiting.delete(update.ticketId);
    deps.announce(update);
    await deps.answers.put(update);
  }

  /** Sends one entry; returns the entry to put back when the attempt failed. */
  async function send(entry: StoredEntry): Promise<{ retry: StoredEntry; retryAfterMs?: number } | null> {
    const { ticketId, attempts } = entry.metadata;
    // The queue's retention ends with an answer: an entry is never dropped silently.
    if (now() - (entry.timestamp ?? now()) > RETENTION_MS) {
      await settle(deliveryUpdate(ticketId, { kind: 'expired' }, stamp(), { attempts }));
      return null;
    }
    waiting.set(ticketId, { ticketId, state: 'sending', attempts });
    deps.announce({ type: 'ticket-update', ticketId, state: 'sending', at: stamp(), attempts });
    const { result } = await deps.deliver(entry.request, ticketId);
    if (result.kind !== 'retry') {
      await settle(deliveryUpdate(ticketId, result, stamp(), { attempts: attempts + 1 }));
      return null;
    }
    const metadata: EntryMeta = { ticketId, attempts: attempts + 1, detail: result.detail };
    waiting.set(ticketId, { ticketId, state: 'queued', attempts: attempts + 1, detail: result.detail });
    return { retry: { request: entry.request, timestamp: entry.timestamp, metadata }, retryAfterMs: result.retryAfterMs };
  }

  /**
   * Sends until the queue is empty or an attempt fails, BATCH at a time: each sender takes the next entry as soon as
   * its own is answered, so one slow answer does not hold up the others. After a failure no new entry is taken, and
   * the failed entries go back in front, in the order they were taken.
   */
  async function pass(): Promise<ReplayOutcome> {
    let answered = false;
    let taken = 0;
    const failed: Array<{ order: number; retry: StoredEntry; retryAfterMs?: number }> = [];
    const sender = async (): Promise<void> => {
      while (failed.length === 0) {
        const entry = await deps.store.shiftRequest();
        if (!entry) return;
        const order = taken++;
        const result = await send(entry);
        if (result) failed.push({ order, ...result });
        else answered = true;
      }
    };
    await Promise.all(Array.from({ length: BATCH }, sender));
    if (failed.length === 0) return 'done';
    failed.sort((a, b) => a.order - b.order);
    for (const { retry } of [...failed].reverse()) await deps.store.unshiftRequest(retry);
    // An intake that took some tickets in this pass is up, only failing some requests: try again soon.
    // The wait grows only while nothing gets through.
    failures = answered ? 1 : failures + 1;
    const retryAfter = Math.max(0, ...failed.map((result) => result.retryAfterMs ?? 0));
    const delay = retryDelayMs(failures, retryAfter || undefined, deps.random);
    nextAttemptAt = now() + delay;
    for (const { retry } of failed) {
      const meta = retry.metadata;
      deps.announce({
        type: 'ticket-update',
        ticketId: meta.ticketId,
        state: 'queued',
        at: stamp(),
        detail: meta.detail,
        attempts: meta.attempts,
        nextAttemptAt: new Date(nextAttemptAt).toISOString(),
      });
    }
    deps.later(delay, () => void replay(false));
    return 'failed';
  }

  /** One replay at a time: the back-off, and the order in which failed entries go back, assume a single pass. */
  function replay(force: boolean): Promise<ReplayOutcome> {
    if (running) {
      rerun = true;
      return running;
    }
    if (!force && now() < nextAttemptAt) return Promise.resolve('waiting');
    running = (async () => {
      await ready;
      let outcome: ReplayOutcome;
      do {
        rerun = false;
        outcome = await pass();
      } while (rerun && outcome === 'done');
      if (outcome === 'done') {
        failures = 0;
        nextAttemptAt = 0;
      }
      return outcome;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function state(): Promise<QueueState> {
    await ready;
    return {
      type: 'queue-state',
      waiting: [...waiting.values()],
      answers: [...answered.values()],
      nextAttemptAt: nextAttemptAt > now() ? new Date(nextAttemptAt).toISOString() : undefined,
    };
  }

  /** Drops answers a page has recorded; an answer newer than the one named (another `at`) stays for the pages. */
  async function forget(answers: readonly ForgottenAnswer[]): Promise<void> {
    await ready;
    const ticketIds: string[] = [];
    for (const { ticketId, at } of answers) {
      const kept = answered.get(ticketId);
      if (kept && at !== undefined && kept.at !== at) continue;
      answered.delete(ticketId);
      ticketIds.push(ticketId);
    }
    if (ticketIds.length > 0) await deps.answers.remove(ticketIds);
  }

  return { enqueue, replay, state, forget };
}
