// The outbox, where no service worker runs: a ticket is queued first, then delivered once, and its status follows.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { putTicket } from '@/data/tickets';
import { RETENTION_MS } from '@/domain/delivery';
import { demoSubmission, type DemoCase } from '@/domain/registry';
import type { PageMessage, WorkerMessage } from '@/domain/messages';
import type { Ticket } from '@/domain/schemas';
import { loadDemoRegistry } from '@/intake/registryStore';
import { countWaitingTickets, createOutbox, type Outbox } from '@/sync/outbox';
import { createPageSender } from '@/sync/pageSender';
import { createReviewPoller } from '@/sync/reviews';
import type { WorkerLink } from '@/sync/workerChannel';
import { ENGINE_START_MS, startTestIntake, type TestIntake } from '../intake/testIntake';
import { deleteTestDb, openTestDb, storedTicket } from '../testDb';

let server: TestIntake;
let db: AssistantDb;
let outbox: Outbox;
let syncErrors: unknown[];
const cases = (loadDemoRegistry() as unknown as { cases: DemoCase[] }).cases;

beforeAll(async () => {
  server = await startTestIntake({ reviewDelayMs: 0 });
  // The app's address: the intake is its /api.
  vi.stubGlobal('location', { href: `${server.url}/` });
}, ENGINE_START_MS);
afterAll(async () => {
  vi.unstubAllGlobals();
  await server.stop();
});

/** An outbox of the test's own, on a page with no service worker: it sends the tickets itself. */
function pageOnlyOutbox(): Outbox {
  return createOutbox({
    findWorker: () => Promise.resolve(null),
    listenToWorker: () => () => undefined,
    pageSender: createPageSender(),
    reviews: createReviewPoller(),
    probeIntake: () => Promise.resolve(),
    watchPage: () => () => undefined,
    isOnline: () => true,
    now: () => Date.now(),
    every: () => () => undefined,
    after: (ms, wake) => void setTimeout(wake, ms),
    reportError: (error) => syncErrors.push(error),
  });
}

beforeEach(async () => {
  await server.intake.reset();
  db = await openTestDb();
  syncErrors = [];
  outbox = pageOnlyOutbox();
});
afterEach(async () => {
  // What a test set going (a hand-over, a send) ends before its database goes.
  await outbox.syncNow();
  await deleteTestDb(db);
  expect(syncErrors).toEqual([]);
});

async function readyTicket(index = 0, patch: Partial<Ticket> = {}): Promise<Ticket> {
  const demoCase = cases[index];
  if (!demoCase) throw new Error(`no demo case ${index}`);
  const at = new Date().toISOString();
  const ticket: Ticket = {
    ...demoSubmission(demoCase, randomUUID(), at),
    status: 'ready-to-send',
    history: [{ at, status: 'ready-to-send' }],
    ...patch,
  };
  return putTicket(ticket);
}

async function postsFor(id: string): Promise<number[]> {
  const stats = (await (await fetch(`${server.url}/api/__demo/stats?id=${id}`)).json()) as { answers: number[] };
  return stats.answers;
}

async function fault(body: object): Promise<void> {
  await fetch(`${server.url}/api/__demo/faults`, { method: 'POST', body: JSON.stringify(body) });
}

const DELIVERED = ['sent', 'reviewed'];

/** Runs the outbox until the ticket reaches `status` ('sent' includes "sent and reviewed since"); at most `max` runs. */
async function syncUntil(id: string, status: Ticket['status'] | ((ticket: Ticket) => boolean), max = 8): Promise<Ticket> {
  const reached =
    typeof status === 'function'
      ? status
      : (ticket: Ticket) => ticket.status === status || (status === 'sent' && ticket.status === 'reviewed');
  for (let run = 0; run < max; run += 1) {
    const ticket = await storedTicket(id);
    if (reached(ticket)) return ticket;
    await outbox.syncNow();
  }
  return storedTicket(id);
}

describe('sendTicket', () => {
  it('stores the ticket as queued, with a history event, before it resolves', async () => {
    await fault({ failNext: 5, status: 503 });
    const ticket = await readyTicket();
    await outbox.sendTicket(ticket.id);
    const queued = await storedTicket(ticket.id);
    expect(['queued', 'sending']).toContain(queued.status);
    expect(queued.history.slice(0, 2).map((event) => [event.status, event.detail])).toEqual([
      ['ready-to-send', undefined],
      ['queued', 'submitted'],
    ]);
  });

  it('delivers the ticket once, then records the verdict the intake gives it', async () => {
    const ticket = await readyTicket(0);
    await outbox.sendTicket(ticket.id);
    const reviewed = await syncUntil(ticket.id, 'reviewed');
    expect(reviewed).toMatchObject({ status: 'reviewed', verdict: cases[0]?.verdict });
    expect(reviewed.receivedAt).toBeDefined();
    expect(reviewed.history.map((event) => event.status)).toEqual(['ready-to-send', 'queued', 'sent', 'reviewed']);
    expect(await postsFor(ticket.id)).toEqual([201]);
  });

  it('keeps a ticket queued through 503s, with why, and delivers it once the intake recovers', async () => {
    await fault({ failNext: 3, status: 503 });
    const ticket = await readyTicket();
    await outbox.sendTicket(ticket.id);
    await outbox.syncNow();
    const waiting = await storedTicket(ticket.id);
    expect(waiting.status).toBe('queued');
    expect(waiting.history.at(-1)?.detail).toBe('http-503');
    const sent = await syncUntil(ticket.id, 'sent');
    expect(DELIVERED).toContain(sent.status);
    expect(await postsFor(ticket.id)).toEqual([503, 503, 503, 201]);
    // One history line for the run of 503s, not one per try.
    expect(sent.history.filter((event) => event.detail === 'http-503')).toHaveLength(1);
  });

  it('counts an HTML page, a redirect, a wrong receipt or a 10 MB body as a failed attempt', async () => {
    const ticket = await readyTicket();
    await fault({ failNext: 1, respond: 'html' });
    await outbox.sendTicket(ticket.id);
    await syncUntil(ticket.id, 'sent');
    for (const respond of ['redirect', 'wrong-schema', 'huge'] as const) {
      const next = await readyTicket();
      await fault({ failNext: 1, respond });
      await outbox.sendTicket(next.id);
      const delivered = await syncUntil(next.id, 'sent');
      expect(DELIVERED).toContain(delivered.status);
      const expected = respond === 'huge' ? 'too-large' : respond === 'redirect' ? 'redirect' : 'bad-response';
      expect(delivered.history.map((event) => event.detail)).toContain(expected);
      expect(await postsFor(next.id)).toHaveLength(2);
    }
    expect((await storedTicket(ticket.id)).history.map((event) => event.detail)).toContain('bad-response');
  });

  it('does nothing to a ticket that is not ready to send', async () => {
    const ticket = await readyTicket(0, { status: 'needs-changes' });
    await outbox.sendTicket(ticket.id);
    await outbox.syncNow();
    expect((await storedTicket(ticket.id)).status).toBe('needs-changes');
    await outbox.sendTicket(randomUUID());
    expect(await postsFor(ticket.id)).toEqual([]);
  });
});

describe('a rejected ticket', () => {
  it('comes back as "needs changes" with the intake issues, and is delivered after the fix', async () => {
    await fault({ failNext: 1, status: 400, issues: [{ path: ['description'], message: 'too-short' }] });
    const ticket = await readyTicket();
    await outbox.sendTicket(ticket.id);
    const rejected = await syncUntil(ticket.id, 'needs-changes');
    expect(rejected.status).toBe('needs-changes');
    expect(rejected.issues).toEqual([{ path: ['description'], message: 'too-short' }]);
    await outbox.syncNow();
    expect(await postsFor(ticket.id)).toEqual([400]);

    await putTicket({ ...rejected, description: 'SIM 2 has had no service since the repair.' });
    await outbox.resendTicket(ticket.id);
    const queued = await storedTicket(ticket.id);
    expect(queued.history.at(-1)).toMatchObject({ status: 'queued', detail: 'resent' });
    expect(queued.issues).toBeUndefined();
    expect(DELIVERED).toContain((await syncUntil(ticket.id, 'sent')).status);
    expect(await postsFor(ticket.id)).toEqual([400, 201]);
  });
});

describe('retention', () => {
  it('turns a ticket queued more than 7 days ago into "not sent", and it can be sent again', async () => {
    const old = new Date(Date.now() - RETENTION_MS - 60_000).toISOString();
    const ticket = await readyTicket(0, {
      status: 'queued',
      history: [
        { at: old, status: 'ready-to-send' },
        { at: old, status: 'queued', detail: 'submitted' },
      ],
    });
    await outbox.syncNow();
    const expired = await storedTicket(ticket.id);
    expect(expired.status).toBe('not-sent');
    expect(expired.history.at(-1)?.detail).toBe('expired');
    expect(await postsFor(ticket.id)).toEqual([]);
    await outbox.resendTicket(ticket.id);
    expect(DELIVERED).toContain((await syncUntil(ticket.id, 'sent')).status);
  });
});

describe('the intake lost a sent ticket', () => {
  it('queues it again and delivers it', async () => {
    const ticket = await readyTicket();
    await fetch(`${server.url}/api/__demo/config`, { method: 'POST', body: JSON.stringify({ reviewDelayMs: 3_600_000 }) });
    await outbox.sendTicket(ticket.id);
    expect(DELIVERED).toContain((await syncUntil(ticket.id, 'sent')).status);
    await server.intake.reset();
    // The next ask for the verdict is due a little later.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5_000);
    const again = await syncUntil(
      ticket.id,
      (current) => current.history.some((event) => event.detail === 'not-found') && current.status === 'sent',
    );
    vi.useRealTimers();
    expect(again.status).toBe('sent');
    expect(await postsFor(ticket.id)).toEqual([201]);
    expect(again.history.some((event) => event.detail === 'not-found')).toBe(true);
  });
});

describe('with a service worker', () => {
  it('hands the ticket to the worker, records what it announces, then tells it the answer is safe', async () => {
    const posted: PageMessage[] = [];
    let hear: (message: WorkerMessage) => void = () => undefined;
    let watching = false;
    const worker: WorkerLink = {
      post: (message) => posted.push(message),
      queueState: () => Promise.resolve({ type: 'queue-state', waiting: [], answers: [] }),
    };
    outbox = createOutbox({
      findWorker: () => Promise.resolve(worker),
      listenToWorker: (listener) => {
        hear = listener;
        return () => {
          hear = () => undefined;
        };
      },
      pageSender: createPageSender(),
      reviews: createReviewPoller(),
      probeIntake: () => Promise.resolve(),
      watchPage: () => {
        watching = true;
        return () => {
          watching = false;
        };
      },
      isOnline: () => false,
      now: () => Date.now(),
      every: () => () => undefined,
      after: (ms, wake) => void setTimeout(wake, ms),
      reportError: (error) => syncErrors.push(error),
    });
    outbox.start();
    expect(watching).toBe(true);
    const ticket = await readyTicket();
    await outbox.sendTicket(ticket.id);
    await vi.waitFor(() => expect(posted.some((message) => message.type === 'enqueue')).toBe(true));
    const enqueued = posted.find((message) => message.type === 'enqueue');
    expect(enqueued?.type === 'enqueue' && enqueued.submissions.map((submission) => submission.id)).toEqual([ticket.id]);

    const receivedAt = new Date().toISOString();
    hear({ type: 'ticket-update', ticketId: ticket.id, state: 'sent', at: receivedAt, receivedAt });
    await vi.waitFor(async () => expect((await storedTicket(ticket.id)).status).toBe('sent'));
    await vi.waitFor(() => expect(posted).toContainEqual({ type: 'forget', answers: [{ ticketId: ticket.id, at: receivedAt }] }));
    // The page sent nothing itself: the worker did.
    expect(await postsFor(ticket.id)).toEqual([]);

    outbox.stop();
    expect(watching).toBe(false);
  });
});

describe('countWaitingTickets', () => {
  it('counts the queued and sending tickets only', async () => {
    await readyTicket(0, { status: 'queued' });
    await readyTicket(1, { status: 'sending' });
    await readyTicket(2, { status: 'sent' });
    await readyTicket(3);
    expect(await countWaitingTickets()).toBe(2);
  });
});
