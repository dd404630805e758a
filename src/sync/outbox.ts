// The outbox: a submitted ticket is stored as "queued" before anything else, then travels until the intake has it.
// How a ticket travels, and who moves it at each step: README.md, "How a ticket travels".
import { deliveryUpdate } from '../domain/delivery';
import type { ForgottenAnswer, TicketUpdate, WorkerMessage } from '../domain/messages';
import type { Ticket, TicketStatus, TicketSubmission } from '../domain/schemas';
import { getDb } from '../data/storage';
import { getTicket, listTickets, updateTicket } from '../data/tickets';
import type { PageSender } from './pageSender';
import type { ReviewAnswer, ReviewPoller } from './reviews';
import { isOnItsWay, recordLostByIntake, recordReview, recordTicketUpdates, submissionOf } from './ticketRecords';
import type { WorkerLink } from './workerChannel';

/**
 * What the outbox works with, passed in so that a test builds its own. The
 * tickets are read and written through src/data, on the database it uses.
 */
export type OutboxDeps = {
  /** The active service worker, or null where none runs (then the page sends itself). */
  findWorker(): Promise<WorkerLink | null>;
  /** Calls `listener` with every message the worker broadcasts; returns the way to stop. */
  listenToWorker(listener: (message: WorkerMessage) => void): () => void;
  /** Sends the queued tickets where no service worker runs. */
  pageSender: PageSender;
  /** Asks the intake for the verdicts of sent tickets. */
  reviews: ReviewPoller;
  /** Learns, once at start, whether the intake is the demo. */
  probeIntake(): Promise<unknown>;
  /** Calls `onComeBack` whenever the page may have been away (online again, shown, visible, a new worker); returns the way to stop. */
  watchPage(onComeBack: () => void): () => void;
  isOnline(): boolean;
  now(): number;
  /** Calls `tick` every `ms` until stopped. */
  every(ms: number, tick: () => void): () => void;
  /** Calls `wake` once after `ms`. */
  after(ms: number, wake: () => void): void;
  reportError(error: unknown): void;
};

export type Outbox = {
  /**
   * Puts a "ready to send" ticket in the outbox: it is stored as "queued" (with a
   * history event) before this resolves, and only then handed to the queue.
   * A ticket already on its way is handed over again (harmless); any other is left
   * alone. Rejects only when storage fails: the ticket then stays "ready to send".
   */
  sendTicket(ticketId: string): Promise<void>;
  /** Sends again a ticket that came back ("needs changes" after the user's edits, or "not sent"). */
  resendTicket(ticketId: string): Promise<void>;
  /** Starts the page's side of the queue once: listens to the worker, nudges it, and asks for verdicts. */
  start(): void;
  /** Stops what start started (a page being torn down). */
  stop(): void;
  /** Sends and reconciles now, ignoring back-off (the "try now" of a user, and tests). */
  syncNow(): Promise<void>;
};

/** 3 s: how often a page nudges the queue while something waits (the worker keeps its own back-off). */
const TICK_MS = 3_000;
/** 30 s: how often the page compares its tickets with the worker's queue while something waits. */
const RECONCILE_MS = 30_000;
/** 200 ms: answers recorded in a burst are forgotten by the worker in one message. */
const FORGET_BATCH_MS = 200;
/** Tickets per 'enqueue' message. */
const CHUNK = 500;
const FINAL_STATES: ReadonlySet<TicketUpdate['state']> = new Set(['sent', 'rejected', 'expired']);
const RESENDABLE: ReadonlySet<TicketStatus> = new Set(['needs-changes', 'not-sent']);

/** How many tickets wait to be delivered (queued or being sent): the badge in the header. */
export async function countWaitingTickets(): Promise<number> {
  return getDb().tickets.where('status').anyOf(['queued', 'sending']).count();
}

export function createOutbox(deps: OutboxDeps): Outbox {
  const { pageSender, reviews, reportError } = deps;
  let worker: WorkerLink | null = null;
  let stopRunning: (() => void) | null = null;
  let wasOnline = true;
  let waitingCount = 0;
  let lastReconcile = 0;
  let pumping: Promise<void> | null = null;
  let pumpAgain = false;
  let pumpForce = false;
  let pending: TicketUpdate[] = [];
  let recording = false;
  let toForget: ForgottenAnswer[] = [];
  let answersChecked = false;
  let forgetScheduled = false;

  const stamp = (): string => new Date(deps.now()).toISOString();

  /** The active service worker, looked for again until one is found (it may install after the first page). */
  async function currentWorker(): Promise<WorkerLink | null> {
    worker ??= await deps.findWorker();
    return worker;
  }

  async function sendTicket(ticketId: string): Promise<void> {
    const db = getDb();
    const ticket = await db.transaction('rw', db.tickets, async () => {
      const current = await getTicket(ticketId);
      if (current?.status !== 'ready-to-send') return current && isOnItsWay(current) ? current : undefined;
      return updateTicket(ticketId, {}, { status: 'queued', detail: 'submitted' });
    });
    if (ticket) void handOver([ticket]).catch(reportError);
  }

  async function resendTicket(ticketId: string): Promise<void> {
    const db = getDb();
    const ticket = await db.transaction('rw', db.tickets, async () => {
      const current = await getTicket(ticketId);
      if (!current || !RESENDABLE.has(current.status)) return undefined;
      return updateTicket(ticketId, { issues: undefined }, { status: 'queued', detail: 'resent' });
    });
    if (ticket) void handOver([ticket], { resend: true }).catch(reportError);
  }

  function start(): void {
    if (stopRunning) return;
    wasOnline = deps.isOnline();
    const stopListening = deps.listenToWorker((message) => {
      if (message.type === 'ticket-update') record(message);
    });
    const stopWatching = deps.watchPage(() => void kick(true));
    const stopTicking = deps.every(TICK_MS, tick);
    stopRunning = () => {
      stopListening();
      stopWatching();
      stopTicking();
    };
    // In a task of its own: a request costs the main thread a few milliseconds of its own.
    deps.after(0, () => void deps.probeIntake());
    void sendStranded().finally(() => kick(true));
  }

  function stop(): void {
    stopRunning?.();
    stopRunning = null;
    worker = null;
  }

  /**
   * A ticket still "ready to send" at start was submitted, but the app closed
   * before it reached the outbox: the user asked for it to travel, so it does.
   */
  async function sendStranded(): Promise<void> {
    const stranded = (await listTickets()).filter((ticket) => ticket.status === 'ready-to-send');
    for (const ticket of stranded) await sendTicket(ticket.id).catch(reportError);
  }

  function tick(): void {
    const online = deps.isOnline();
    // The 'online' event can be missed (e.g. under DevTools); navigator.onLine is still right.
    const cameBack = online && !wasOnline;
    wasOnline = online;
    const reviewAt = reviews.nextDueAt();
    if (cameBack || waitingCount > 0 || (online && reviewAt !== null && reviewAt <= deps.now())) void kick(cameBack);
  }

  /** One pump at a time; a request during one runs another right after (forced if any asked for it). */
  function kick(force: boolean): Promise<void> {
    pumpForce ||= force;
    if (pumping) {
      pumpAgain = true;
      return pumping;
    }
    pumping = (async () => {
      do {
        pumpAgain = false;
        const forced = pumpForce;
        pumpForce = false;
        await pump(forced).catch(reportError);
      } while (pumpAgain);
    })().finally(() => {
      pumping = null;
    });
    return pumping;
  }

  async function pump(force: boolean): Promise<void> {
    const tickets = await listTickets();
    const waiting = tickets.filter(isOnItsWay);
    waitingCount = waiting.length;
    if (waiting.length > 0) {
      const link = await currentWorker();
      if (link) await reconcile(link, waiting, force);
      else await pageSender.sendDue(waiting, force, recordNow);
    } else if (!answersChecked) {
      // Once per page, even with nothing waiting: answers the last page closed before recording, or before
      // telling the worker it had, are recorded now and leave the worker.
      const link = await currentWorker();
      if (link) await reconcile(link, waiting, true);
    }
    answersChecked = true;
    const sent = tickets.filter((ticket) => ticket.status === 'sent');
    if (sent.length > 0 && deps.isOnline()) await reviews.pollDue(sent, recordReviewAnswer);
  }

  async function reconcile(link: WorkerLink, waiting: Ticket[], force: boolean): Promise<void> {
    if (force || deps.now() - lastReconcile >= RECONCILE_MS) {
      lastReconcile = deps.now();
      const state = await link.queueState();
      if (state) {
        if (state.answers.length > 0) {
          const recorded = await recordTicketUpdates(state.answers).then(
            () => true,
            (error: unknown) => {
              reportError(error);
              return false;
            },
          );
          if (recorded)
            postForget(
              link,
              state.answers.map((answer) => ({ ticketId: answer.ticketId, at: answer.at })),
            );
        }
        // Steps this page missed (it was frozen or closed) are caught up.
        const byId = new Map(waiting.map((ticket) => [ticket.id, ticket]));
        const missed = state.waiting.filter((entry) => {
          const ticket = byId.get(entry.ticketId);
          return ticket !== undefined && ticket.status !== entry.state;
        });
        if (missed.length > 0)
          await recordTicketUpdates(
            missed.map((entry) => ({ type: 'ticket-update', ticketId: entry.ticketId, state: entry.state, at: stamp() })),
          );
        const known = new Set([...state.waiting, ...state.answers].map((entry) => entry.ticketId));
        // Read again: a ticket the worker no longer knows may have had its answer recorded (by this tab or
        // another) while the worker was asked; only one still on its way is handed over again.
        const missing: Ticket[] = [];
        for (const ticket of waiting.filter((candidate) => !known.has(candidate.id))) {
          const current = await getTicket(ticket.id);
          if (current && isOnItsWay(current)) missing.push(current);
        }
        if (missing.length > 0) await handOver(missing);
      }
    }
    link.post({ type: 'replay', force });
  }

  /** Gives tickets to the worker's queue, or to the page's own sender where there is no worker. */
  async function handOver(tickets: Ticket[], options: { resend?: boolean } = {}): Promise<void> {
    const submissions: TicketSubmission[] = [];
    for (const ticket of tickets) {
      const result = submissionOf(ticket);
      if (result.ok) submissions.push(result.submission);
      else await recordNow(deliveryUpdate(ticket.id, { kind: 'rejected', detail: 'validation', issues: result.issues }, stamp()));
    }
    if (submissions.length === 0) return;
    const link = await currentWorker();
    if (!link) {
      // Not awaited: this may run inside a pump, which the kick would then wait for.
      void kick(true);
      return;
    }
    // An old answer (the rejection being fixed) must not be taken for the new one.
    if (options.resend)
      postForget(
        link,
        submissions.map((submission) => ({ ticketId: submission.id })),
      );
    for (let first = 0; first < submissions.length; first += CHUNK) {
      link.post({ type: 'enqueue', submissions: submissions.slice(first, first + CHUNK) });
    }
    waitingCount = Math.max(waitingCount, submissions.length);
  }

  async function recordNow(ticketUpdate: TicketUpdate): Promise<void> {
    await recordTicketUpdates([ticketUpdate]);
  }

  /**
   * Records broadcast updates in the order the worker sent them: whatever arrives
   * while one batch is written goes into the next (a flush of 500 tickets is a
   * few transactions, not a thousand).
   */
  function record(ticketUpdate: TicketUpdate): void {
    pending.push(ticketUpdate);
    if (!recording) void recordPending();
  }

  async function recordPending(): Promise<void> {
    recording = true;
    try {
      while (pending.length > 0) {
        const batch = pending;
        pending = [];
        try {
          await recordTicketUpdates(batch);
          for (const recorded of batch) if (FINAL_STATES.has(recorded.state)) forgetSoon({ ticketId: recorded.ticketId, at: recorded.at });
        } catch (error) {
          // Not recorded (storage failed): the worker keeps the answers, and the next reconcile brings them again.
          reportError(error);
        }
      }
    } finally {
      recording = false;
    }
  }

  /** Tells the worker, in batches, which answers are safely recorded; then asks the verdicts of what was sent. */
  function forgetSoon(answer: ForgottenAnswer): void {
    toForget.push(answer);
    if (forgetScheduled) return;
    forgetScheduled = true;
    deps.after(FORGET_BATCH_MS, () => {
      forgetScheduled = false;
      const answers = toForget;
      toForget = [];
      // Looked up, not only the link this page already had: a page that never waited for a ticket has none yet.
      void currentWorker().then((link) => {
        if (link) postForget(link, answers);
      }, reportError);
      void kick(false);
    });
  }

  function postForget(link: WorkerLink, answers: ForgottenAnswer[]): void {
    for (let first = 0; first < answers.length; first += CHUNK) {
      link.post({ type: 'forget', answers: answers.slice(first, first + CHUNK) });
    }
  }

  async function recordReviewAnswer(ticketId: string, answer: ReviewAnswer): Promise<void> {
    if (answer.kind === 'review') await recordReview(answer.review);
    if (answer.kind === 'unknown') {
      const ticket = await recordLostByIntake(ticketId);
      if (ticket) await handOver([ticket]);
    }
  }

  return { sendTicket, resendTicket, start, stop, syncNow: () => kick(true) };
}
