// The world a ticket travels through in the queue model: two tabs, a service worker that can be restarted, a network, an intake.
// Real: the outbox (src/sync/outbox.ts) over the tickets in IndexedDB, and the worker's queue (src/sw/submissionQueue.ts).
// Simulated: time, the network, the intake (./modelIntake), BroadcastChannel and postMessage, and what the browser persists.
import { createTicketFromDraft } from '@/data/tickets';
import { attemptDelivery, submissionRequest } from '@/domain/delivery';
import {
  pageMessageSchema,
  queueStateSchema,
  workerMessageSchema,
  type PageMessage,
  type QueueState,
  type TicketUpdate,
  type WorkerMessage,
} from '@/domain/messages';
import type { Ticket, TicketDraft } from '@/domain/schemas';
import { buildSubmission } from '@/domain/submission';
import { handlePageMessage } from '@/sw/pageMessages';
import { createSubmissionQueue, type AnswerStore, type EntryStore, type StoredEntry, type SubmissionQueue } from '@/sw/submissionQueue';
import { createOutbox, type Outbox } from '@/sync/outbox';
import type { WorkerLink } from '@/sync/workerChannel';
import { createModelIntake, type IntakeAnswer, type ModelIntake } from './modelIntake';
import { createClock, watchForQuiet, type Clock, type Owner, type Quiet } from './simulatedTime';

const TICKETS_URL = 'https://app.test/api/tickets';
/** The worker gives up on a POST after 15 s (ATTEMPT_TIMEOUT_MS in src/domain/delivery.ts): here, 15 s of simulated time. */
const ATTEMPT_TIMEOUT_MS = 15_000;
/** The real AbortSignal's time-out, which must never fire while the test runs: the simulated one above stands for it. */
const REAL_TIMEOUT_MS = 2 ** 31 - 1;
/** A fixed jitter: the same schedule always backs off by the same amounts. */
const JITTER = 0.5;

export type NetworkMode = 'online' | 'offline' | 'lie-fi';

/** What reached the worker for one POST, as the model reads it (README: "How a ticket travels"). */
export type AnswerKind = 'delivered' | 'rejected' | 'failed';

export type WorldCounts = { posts: number; timeouts: number; networkErrors: number; workerRestarts: number };

type Listener = { hear: (message: WorkerMessage) => void; owner: Owner };

/** An open page: its outbox, and what it does when the browser says it may have been away. */
export type Tab = { outbox: Outbox; owner: Owner; comeBack: { run: (() => void) | null } };

export type World = {
  clock: Clock;
  quiet: Quiet;
  intake: ModelIntake;
  tabs: [Tab, Tab];
  counts: WorldCounts;
  /** Errors the outbox reported and messages that broke their schema: none is expected. */
  problems: unknown[];
  setNetwork(mode: NetworkMode, lieFiReach?: number): void;
  /** How long the intake takes to file a ticket (its key is in flight meanwhile). */
  setIntakeDelay(ms: number): void;
  /** The browser says "online" to every open tab. */
  backOnline(): void;
  restartWorker(): void;
  reloadTab(index: 0 | 1): void;
  /** The wizard's Submit in one tab: the ticket body is built now, stored, then put in the outbox. */
  submit(index: 0 | 1, draft: TicketDraft): Promise<Ticket>;
  queuedEntries(): number;
  storedAnswers(): number;
  close(): Promise<void>;
};

function toResponse(answer: IntakeAnswer): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'Content-Type': 'application/json', ...answer.headers },
  });
}

/** How the queue's rule (src/domain/delivery.ts judgeAnswer) reads a status, as the README states it. */
function kindOf(status: number): AnswerKind {
  if (status === 200 || status === 201) return 'delivered';
  if (status === 408 || status === 409 || status === 429 || status >= 500 || status < 400) return 'failed';
  return 'rejected';
}

/** The queue store as an array that outlives the worker (IndexedDB in the browser); each step is asynchronous, as a transaction is. */
function persistedEntries(hop: () => Promise<void>): EntryStore & { entries: StoredEntry[] } {
  const entries: StoredEntry[] = [];
  return {
    entries,
    pushRequest: async (entry) => void (await hop(), entries.push(entry)),
    unshiftRequest: async (entry) => void (await hop(), entries.unshift(entry)),
    shiftRequest: async () => (await hop(), entries.shift()),
    getAll: async () => (await hop(), [...entries]),
  };
}

/** The answers' Cache Storage (src/sw/answers.ts), outliving the worker. */
function persistedAnswers(hop: () => Promise<void>): AnswerStore & { saved: Map<string, TicketUpdate> } {
  const saved = new Map<string, TicketUpdate>();
  return {
    saved,
    put: async (update) => void (await hop(), saved.set(update.ticketId, structuredClone(update))),
    list: async () => (await hop(), [...saved.values()].map((update) => structuredClone(update))),
    remove: async (ids) => void (await hop(), ids.forEach((id) => saved.delete(id))),
  };
}

/** A world starting at `start` (ms since epoch); `onAnswer` hears every answer that reaches a live worker. */
export function createWorld(start: number, onAnswer: (ticketId: string, kind: AnswerKind) => void): World {
  const quiet = watchForQuiet();
  const clock = createClock(start, quiet);
  const intake = createModelIntake();
  const counts: WorldCounts = { posts: 0, timeouts: 0, networkErrors: 0, workerRestarts: 0 };
  const problems: unknown[] = [];
  const listeners = new Set<Listener>();
  const forever: Owner = { alive: true };
  /** A step of storage: asynchronous, so other messages' work may come in between, as with IndexedDB. */
  const hop = (): Promise<void> => Promise.resolve();
  /** A message crossing between page and worker: a task later. */
  const task = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const store = persistedEntries(hop);
  const answers = persistedAnswers(hop);
  let mode: NetworkMode = 'online';
  let lieFiReach = 0;
  let lieFiPosts = 0;
  let intakeDelayMs = 0;

  /** One POST over the simulated network; the answer goes nowhere once the worker that sent it is gone. */
  async function post(request: Request, sender: Owner): Promise<Response> {
    const text = await request.text();
    const key = request.headers.get('Idempotency-Key');
    const ticketId = key ?? '';
    counts.posts += 1;
    quiet.touch();
    if (mode === 'offline') {
      counts.networkErrors += 1;
      onAnswer(ticketId, 'failed');
      throw new TypeError('fetch failed');
    }
    // On lie-fi a request reaches the intake or not (a bit of the schedule's pattern says which); no answer comes back.
    const lieFi = mode === 'lie-fi';
    const reaches = !lieFi || ((lieFiReach >> (lieFiPosts++ % 8)) & 1) === 1;
    const reception = reaches ? intake.receive(key, text) : null;
    return new Promise<Response>((resolve, reject) => {
      let over = false;
      const answer = (reply: IntakeAnswer): void => {
        if (over || lieFi || !sender.alive) return;
        over = true;
        onAnswer(ticketId, kindOf(reply.status));
        resolve(toResponse(reply));
      };
      if (reception?.kind === 'answer') answer(reception.answer);
      else if (reception?.kind === 'filing') {
        const finish = (): void => answer(reception.finish(clock.now()));
        if (intakeDelayMs === 0) finish();
        // The intake files the ticket whoever still waits for the answer.
        else clock.after(intakeDelayMs, finish, forever);
      }
      if (over) return;
      clock.after(
        ATTEMPT_TIMEOUT_MS,
        () => {
          if (over) return;
          over = true;
          counts.timeouts += 1;
          onAnswer(ticketId, 'failed');
          reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
        },
        sender,
      );
    });
  }

  // ---- The service worker: src/sw/sw.ts, with the browser parts simulated ----------------

  let worker: { queue: SubmissionQueue; owner: Owner } = startWorker();

  function startWorker(): { queue: SubmissionQueue; owner: Owner } {
    const owner: Owner = { alive: true };
    const queue = createSubmissionQueue({
      store,
      answers,
      request: (submission) => submissionRequest(TICKETS_URL, submission),
      deliver: (request, ticketId) => attemptDelivery(request, ticketId, (sent) => post(sent, owner), REAL_TIMEOUT_MS),
      announce: (update) => {
        if (owner.alive) broadcast(update);
      },
      later: (ms, wake) => clock.after(ms, wake, owner),
      now: () => clock.now(),
      random: () => JITTER,
    });
    // On start, as sw.ts does.
    watch(queue.replay(true));
    return { queue, owner };
  }

  function watch(work: Promise<unknown>): void {
    work.catch((error: unknown) => problems.push(error));
  }

  /** BroadcastChannel: every open tab hears each update, in order, a task later, as a structured clone. */
  function broadcast(update: TicketUpdate): void {
    quiet.touch();
    const copy = structuredClone(update);
    for (const listener of listeners) {
      setImmediate(() => {
        if (!listener.owner.alive) return;
        const parsed = workerMessageSchema.safeParse(copy);
        if (parsed.success) listener.hear(parsed.data);
        else problems.push(parsed.error);
      });
    }
  }

  /** A message event in the worker: handled by whichever worker runs when it arrives. */
  function toWorker(message: PageMessage): void {
    quiet.touch();
    const parsed = pageMessageSchema.safeParse(structuredClone(message));
    if (!parsed.success) return void problems.push(parsed.error);
    setImmediate(() => watch(handle(parsed.data)));
  }

  /** The real worker's handler (src/sw/pageMessages.ts); this browser has no Background Sync and no update to wait for. */
  function handle(message: PageMessage): Promise<void> {
    return handlePageMessage(message, undefined, {
      submissions: worker.queue,
      askForSync: () => undefined,
      skipWaiting: () => Promise.resolve(),
      cachePart: () => Promise.resolve(),
    });
  }

  async function askQueueState(): Promise<QueueState | null> {
    quiet.touch();
    await task();
    const state = await worker.queue.state();
    await task();
    const parsed = queueStateSchema.safeParse(structuredClone(state));
    return parsed.success ? parsed.data : null;
  }

  const link: WorkerLink = { post: toWorker, queueState: askQueueState };

  // ---- The tabs: src/sync/appOutbox.ts, with the browser parts simulated ------------------

  function openTab(): Tab {
    const owner: Owner = { alive: true };
    const comeBack: Tab['comeBack'] = { run: null };
    const outbox = createOutbox({
      findWorker: () => Promise.resolve(link),
      listenToWorker(hear) {
        const listener: Listener = { hear, owner };
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      // A worker always runs here: the page must never send by itself.
      pageSender: {
        sendDue: () => Promise.resolve(void problems.push(new Error('the page sent tickets itself'))),
        nextAttemptAt: () => 0,
      },
      reviews: { pollDue: () => Promise.resolve(), nextDueAt: () => null },
      probeIntake: () => Promise.resolve(),
      watchPage(onComeBack) {
        comeBack.run = onComeBack;
        return () => {
          comeBack.run = null;
        };
      },
      isOnline: () => mode !== 'offline',
      now: () => clock.now(),
      every: (ms, tick) => clock.every(ms, tick, owner),
      after: (ms, wake) => clock.after(ms, wake, owner),
      reportError: (error) => problems.push(error),
    });
    outbox.start();
    return { outbox, owner, comeBack };
  }

  const tabs: [Tab, Tab] = [openTab(), openTab()];

  function closeTab(tab: Tab): void {
    tab.outbox.stop();
    tab.owner.alive = false;
  }

  return {
    clock,
    quiet,
    intake,
    tabs,
    counts,
    problems,
    setNetwork(next, reach = 0) {
      mode = next;
      lieFiReach = reach;
    },
    setIntakeDelay(ms) {
      intakeDelayMs = ms;
    },
    backOnline() {
      for (const tab of tabs) tab.comeBack.run?.();
    },
    restartWorker() {
      // The browser stops the worker: whatever it was doing ends, only what it stored stays.
      worker.owner.alive = false;
      counts.workerRestarts += 1;
      worker = startWorker();
    },
    reloadTab(index) {
      closeTab(tabs[index]);
      tabs[index] = openTab();
    },
    async submit(index, draft) {
      const built = buildSubmission(draft, new Date(clock.now()));
      if (!built.ok) throw new Error(`the model's draft does not build: ${JSON.stringify(built.errors)}`);
      const ticket = await createTicketFromDraft(draft, built.submission);
      await tabs[index].outbox.sendTicket(ticket.id);
      return ticket;
    },
    queuedEntries: () => store.entries.length,
    storedAnswers: () => answers.saved.size,
    async close() {
      for (const tab of tabs) closeTab(tab);
      worker.owner.alive = false;
      await quiet.settle();
      quiet.restore();
    },
  };
}
