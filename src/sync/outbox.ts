// The outbox: a submitted ticket is stored as "queued" before anything else, then travels until the intake has it.
/*
 * How a ticket travels
 * --------------------
 * 1. Submit. The wizard stores the ticket as "ready to send", then calls
 *    sendTicket(id). In one transaction the ticket becomes "queued" (with a
 *    history event): from then on the tickets table is the outbox, and only
 *    now may the UI say "queued". A crash after this point loses nothing.
 * 2. Hand-over. The submission is posted to the active service worker
 *    ({ type: 'enqueue' }, src/domain/messages.ts). The worker keeps it in a
 *    workbox-background-sync Queue (its own IndexedDB store; it never touches
 *    the app's database) and sends it with `Idempotency-Key: <ticket id>`.
 *    It does not matter whether the worker controls this page.
 * 3. Delivery, in the worker (src/sw/submissionQueue.ts): 2xx → sent; 408,
 *    429, 5xx, time-out, network error or a response that is not the intake's
 *    JSON → back into the queue with back-off (2 s … 1 min); other 4xx → out
 *    of the queue, "needs changes" with the intake's issues; older than 7 days
 *    → out of the queue, "not sent — send again". It replays on the sync
 *    event, on start, and whenever a page says so (start, visible, online, and
 *    every few seconds while something waits: Firefox and Safari have no
 *    Background Sync, and the 'online' event is not always fired).
 * 4. Status. The worker announces every step on the BroadcastChannel
 *    'ticket-status'; each open page records it in the tickets table
 *    (recordTicketUpdate never moves a ticket backwards). Final answers (sent,
 *    rejected, expired) also wait in the worker's Cache Storage until a page
 *    has recorded them and says { type: 'forget' }: an answer that arrives
 *    while no page is open is not lost.
 * 5. Reconcile, when a page starts, becomes visible or comes online: it asks
 *    the worker for its queue ({ type: 'queue-state' }), records the waiting
 *    answers, and hands over again every "queued"/"sending" ticket the worker
 *    does not know (the page closed before the hand-over, or the worker was
 *    stopped in the middle of a send). Handing over twice is harmless: the
 *    worker keeps one entry per ticket, and the intake is idempotent.
 * 6. Verdict. While online, "sent" tickets are asked for with GET
 *    /tickets/:id with back-off per ticket, until the intake has reviewed
 *    them. A 404 means the intake lost the ticket (the demo intake restarts
 *    empty): it is queued again.
 * Without a service worker (no support, or none active yet) the page sends
 * the "queued" tickets itself by the same rules (src/sync/pageSender.ts).
 */
import type { TicketUpdate } from '../domain/messages';
import type { Ticket, TicketStatus, TicketSubmission } from '../domain/schemas';
import { getDb } from '../data/storage';
import { getTicket, listTickets, updateTicket } from '../data/tickets';
import { probeIntake } from './intakeTarget';
import { createPageSender } from './pageSender';
import { createReviewPoller, type ReviewAnswer } from './reviews';
import { isOnItsWay, recordLostByIntake, recordReview, recordTicketUpdates, submissionOf } from './ticketRecords';
import { findWorker, listenToWorker, type WorkerLink } from './workerChannel';

/** 3 s: how often a page nudges the queue while something waits (the worker keeps its own back-off). */
const TICK_MS = 3_000;
/** 30 s: how often the page compares its tickets with the worker's queue while something waits. */
const RECONCILE_MS = 30_000;
/** Tickets per 'enqueue' message. */
const CHUNK = 500;
const FINAL_STATES: ReadonlySet<TicketUpdate['state']> = new Set(['sent', 'rejected', 'expired']);
const RESENDABLE: ReadonlySet<TicketStatus> = new Set(['needs-changes', 'not-sent']);

let worker: WorkerLink | null = null;
let started = false;
let stopListening: (() => void) | null = null;
let ticker: ReturnType<typeof setInterval> | null = null;
let wasOnline = true;
let waitingCount = 0;
let lastReconcile = 0;
let pumping: Promise<void> | null = null;
let pumpAgain = false;
let pumpForce = false;
let pending: TicketUpdate[] = [];
let recording = false;
let toForget: string[] = [];
let forgetTimer: ReturnType<typeof setTimeout> | null = null;
const reviews = createReviewPoller();
const pageSender = createPageSender();

function isOnline(): boolean {
  return globalThis.navigator?.onLine !== false;
}

function update(ticketId: string, fields: Omit<TicketUpdate, 'type' | 'ticketId' | 'at'>): TicketUpdate {
  return { type: 'ticket-update', ticketId, at: new Date().toISOString(), ...fields };
}

/** The active service worker, looked for again until one is found (it may install after the first page). */
async function currentWorker(): Promise<WorkerLink | null> {
  worker ??= await findWorker();
  return worker;
}

/**
 * Puts a "ready to send" ticket in the outbox: it is stored as "queued" (with a
 * history event) before this resolves, and only then handed to the queue.
 * A ticket already on its way is handed over again (harmless); any other is left
 * alone. Rejects only when storage fails: the ticket then stays "ready to send".
 */
export async function sendTicket(ticketId: string): Promise<void> {
  const db = getDb();
  const ticket = await db.transaction('rw', db.tickets, async () => {
    const current = await getTicket(ticketId);
    if (current?.status !== 'ready-to-send') return current && isOnItsWay(current) ? current : undefined;
    return updateTicket(ticketId, {}, { status: 'queued', detail: 'submitted' });
  });
  if (ticket) void handOver([ticket]).catch(reportError);
}

/** Sends again a ticket that came back ("needs changes" after the user's edits, or "not sent"). */
export async function resendTicket(ticketId: string): Promise<void> {
  const db = getDb();
  const ticket = await db.transaction('rw', db.tickets, async () => {
    const current = await getTicket(ticketId);
    if (!current || !RESENDABLE.has(current.status)) return undefined;
    return updateTicket(ticketId, { issues: undefined }, { status: 'queued', detail: 'resent' });
  });
  if (ticket) void handOver([ticket], { resend: true }).catch(reportError);
}

/** Starts the page's side of the queue once: listens to the worker, nudges it, and asks for verdicts. */
export function startSync(): void {
  if (started) return;
  started = true;
  wasOnline = isOnline();
  stopListening = listenToWorker((message) => {
    if (message.type === 'ticket-update') record(message);
  });
  globalThis.addEventListener?.('online', onComeBack);
  globalThis.addEventListener?.('pageshow', onComeBack);
  globalThis.document?.addEventListener('visibilitychange', onVisible);
  globalThis.navigator?.serviceWorker?.addEventListener('controllerchange', onComeBack);
  ticker = setInterval(tick, TICK_MS);
  void probeIntake();
  void sendStranded().finally(() => kick(true));
}

/**
 * A ticket still "ready to send" at start was submitted, but the app closed
 * before it reached the outbox: the user asked for it to travel, so it does.
 */
async function sendStranded(): Promise<void> {
  const stranded = (await listTickets()).filter((ticket) => ticket.status === 'ready-to-send');
  for (const ticket of stranded) await sendTicket(ticket.id).catch(reportError);
}

/** Stops what startSync started (tests; a page being torn down). */
export function stopSync(): void {
  if (!started) return;
  started = false;
  stopListening?.();
  globalThis.removeEventListener?.('online', onComeBack);
  globalThis.removeEventListener?.('pageshow', onComeBack);
  globalThis.document?.removeEventListener('visibilitychange', onVisible);
  globalThis.navigator?.serviceWorker?.removeEventListener('controllerchange', onComeBack);
  if (ticker) clearInterval(ticker);
  ticker = null;
  worker = null;
}

/** Sends and reconciles now, ignoring back-off (the "try now" of a user, and tests). */
export function syncNow(): Promise<void> {
  return kick(true);
}

/** How many tickets wait to be delivered (queued or being sent): the badge in the header. */
export async function countWaitingTickets(): Promise<number> {
  return getDb().tickets.where('status').anyOf(['queued', 'sending']).count();
}

function onComeBack(): void {
  void kick(true);
}

function onVisible(): void {
  if (globalThis.document?.visibilityState === 'visible') void kick(true);
}

function tick(): void {
  const online = isOnline();
  // The 'online' event can be missed (e.g. under DevTools); navigator.onLine is still right.
  const cameBack = online && !wasOnline;
  wasOnline = online;
  const reviewAt = reviews.nextDueAt();
  if (cameBack || waitingCount > 0 || (online && reviewAt !== null && reviewAt <= Date.now())) void kick(cameBack);
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
  }
  const sent = tickets.filter((ticket) => ticket.status === 'sent');
  if (sent.length > 0 && isOnline()) await reviews.pollDue(sent, recordReviewAnswer);
}

async function reconcile(link: WorkerLink, waiting: Ticket[], force: boolean): Promise<void> {
  if (force || Date.now() - lastReconcile >= RECONCILE_MS) {
    lastReconcile = Date.now();
    const state = await link.queueState();
    if (state) {
      if (state.answers.length > 0) {
        const recorded = await recordTicketUpdates(state.answers).then(() => true, reportError);
        if (recorded)
          postForget(
            link,
            state.answers.map((answer) => answer.ticketId),
          );
      }
      // Steps this page missed (it was frozen or closed) are caught up.
      const byId = new Map(waiting.map((ticket) => [ticket.id, ticket]));
      const missed = state.waiting.filter((entry) => {
        const ticket = byId.get(entry.ticketId);
        return ticket !== undefined && ticket.status !== entry.state;
      });
      if (missed.length > 0) await recordTicketUpdates(missed.map((entry) => update(entry.ticketId, { state: entry.state })));
      const known = new Set([...state.waiting, ...state.answers].map((entry) => entry.ticketId));
      const missing = waiting.filter((ticket) => !known.has(ticket.id));
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
    else await recordNow(update(ticket.id, { state: 'rejected', detail: 'validation', issues: result.issues }));
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
      submissions.map((submission) => submission.id),
    );
  for (let start = 0; start < submissions.length; start += CHUNK) {
    link.post({ type: 'enqueue', submissions: submissions.slice(start, start + CHUNK) });
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
        for (const recorded of batch) if (FINAL_STATES.has(recorded.state)) forgetSoon(recorded.ticketId);
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
function forgetSoon(ticketId: string): void {
  toForget.push(ticketId);
  forgetTimer ??= setTimeout(() => {
    forgetTimer = null;
    const ticketIds = toForget;
    toForget = [];
    if (worker) postForget(worker, ticketIds);
    void kick(false);
  }, 200);
}

function postForget(link: WorkerLink, ticketIds: string[]): void {
  for (let start = 0; start < ticketIds.length; start += CHUNK) {
    link.post({ type: 'forget', ticketIds: ticketIds.slice(start, start + CHUNK) });
  }
}

async function recordReviewAnswer(ticketId: string, answer: ReviewAnswer): Promise<void> {
  if (answer.kind === 'review') await recordReview(answer.review);
  if (answer.kind === 'unknown') {
    const ticket = await recordLostByIntake(ticketId);
    if (ticket) await handOver([ticket]);
  }
}

function reportError(error: unknown): false {
  console.error('Ticket sync failed', error);
  return false;
}
