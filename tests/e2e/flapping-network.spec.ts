// 100 tickets go out while the network flaps between offline, online and lie-fi and the intake fails a share of POSTs:
// each arrives exactly once, and the app shows each one sent.
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { demoCase, resetIntake, waitForServiceWorker } from './queue-journey';
import { seededRandom } from '../support/seededRandom';
import { putTickets } from './support';

const TICKETS = 100;
/** How long the network misbehaves before it settles online. */
const STORM_MS = 24_000;
/** Each network state lasts 1–3 s: long enough for a batch to start, short enough to cut many in flight. */
const STATE_MS: [number, number] = [1_000, 3_000];
/** The latency the link adds to every request that gets through (a slow mobile network). */
const LATENCY_MS: [number, number] = [50, 500];
/** 30 %: the share of POSTs the intake answers with 503 while the storm lasts. */
const FAIL_RATE = 0.3;
/** Verdicts held back an hour: every delivered ticket stays "sent", so "sent" is what the list must show. */
const REVIEW_DELAY_MS = 3_600_000;

type NetworkState = 'online' | 'offline' | 'lie-fi';

function between(random: () => number, [min, max]: [number, number]): number {
  return Math.round(min + (max - min) * random());
}

/** The network's own timing (how long a state lasts, how slow a request is): not a wait for the app. */
function hold(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * 100 tickets as a device holds them after its user submitted them, written straight into the app's database:
 * filing 100 through the wizard would take minutes, and the wizard's own journeys cover it. Half are "ready to
 * send" (submitted, but the app closed before the outbox took them) and half "queued" (in the outbox, but not in
 * this worker's queue): the app must hand both kinds to its worker when it starts.
 */
async function seedSubmittedTickets(page: Page, count: number): Promise<string[]> {
  const ticket = demoCase('approved');
  const now = new Date().toISOString();
  const rows = Array.from({ length: count }, (_, index) => {
    const status = index % 2 === 0 ? 'ready-to-send' : 'queued';
    return {
      id: crypto.randomUUID(),
      subject: 'imei-mismatch',
      requester: ticket.requester,
      correctImeis: ticket.correctImeis,
      registeredImeis: ticket.registeredImeis,
      description: ticket.description,
      slotChecks: ticket.slotChecks,
      createdAt: now,
      status,
      history: [{ at: now, status: 'ready-to-send' }, ...(status === 'queued' ? [{ at: now, status, detail: 'submitted' }] : [])],
    };
  });
  await putTickets(page, rows);
  return rows.map((row) => row.id);
}

async function setChaos(request: APIRequestContext, failRate: number): Promise<void> {
  expect((await request.post('/api/__demo/chaos', { data: { failRate, status: 503 } })).ok()).toBe(true);
}

/** The link between the browser (its pages and its service worker) and the intake, in one of three states. */
async function flakyLink(
  context: BrowserContext,
  random: () => number,
): Promise<{ set(state: NetworkState): Promise<void>; drops(): number }> {
  let state: NetworkState = 'online';
  let dropped = 0;
  // Chromium sends the service worker's requests through the context's routes too.
  await context.route('**/api/tickets**', async (route) => {
    if (state !== 'lie-fi') await hold(between(random, LATENCY_MS));
    // Lie-fi: the browser says online, and every request dies without an answer.
    if (state === 'lie-fi') {
      if (route.request().method() === 'POST') dropped += 1;
      await route.abort('connectionfailed').catch(() => undefined);
      return;
    }
    // The request may have died meanwhile (the network went offline): nothing left to continue.
    await route.continue().catch(() => undefined);
  });
  return {
    async set(next: NetworkState): Promise<void> {
      state = next;
      await context.setOffline(next === 'offline');
    },
    drops: () => dropped,
  };
}

/** The run's figures: printed with the test's output, and kept in the JSON report as an annotation. */
function printFigures(line: string): void {
  test.info().annotations.push({ type: 'figures', description: line });
  process.stdout.write(`${line}\n`);
}

type Totals = { posts: number; ids: number; tickets: number };

async function intakeTotals(request: APIRequestContext): Promise<Totals> {
  return (await (await request.get('/api/__demo/stats')).json()) as Totals;
}

async function answersFor(request: APIRequestContext, id: string): Promise<number[]> {
  return ((await (await request.get(`/api/__demo/stats?id=${id}`)).json()) as { answers: number[] }).answers;
}

test('100 tickets sent through a flapping network and a failing intake arrive once each, and each shows sent', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  // Two streams, so that the schedule of states stays the same however many requests the latency served.
  const random = seededRandom(9);
  await resetIntake(request, REVIEW_DELAY_MS);
  await page.goto('/problems?lang=en');
  await waitForServiceWorker(page);
  const ids = await seedSubmittedTickets(page, TICKETS);
  const link = await flakyLink(context, seededRandom(10));
  await setChaos(request, FAIL_RATE);

  // The app starts with 100 submitted tickets and hands them to its worker while the storm begins.
  await page.reload();
  const stormEnds = Date.now() + STORM_MS;
  let state: NetworkState = 'online';
  let flaps = 0;
  while (Date.now() < stormEnds) {
    const others = (['online', 'offline', 'lie-fi'] as const).filter((candidate) => candidate !== state);
    state = others[Math.floor(random() * others.length)] ?? 'online';
    await link.set(state);
    flaps += 1;
    await hold(Math.min(between(random, STATE_MS), Math.max(0, stormEnds - Date.now())));
  }
  // The storm passes: the phone loses its network once more, and the network comes back for good. The intake
  // still fails 30 % of requests: the queue keeps trying soon while some get through, so all arrive.
  await link.set('offline');
  const sentInStorm = (await intakeTotals(request)).tickets;
  const settling = Date.now();
  await link.set('online');

  const tickets = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Ticket for / }) });
  await expect(tickets).toHaveCount(TICKETS);
  await expect(tickets.filter({ has: page.getByText('sent', { exact: true }) })).toHaveCount(TICKETS, { timeout: 120_000 });
  await expect(page.getByRole('link', { name: /waiting to be sent/ })).toHaveCount(0);
  const settleMs = Date.now() - settling;

  const answers = await Promise.all(ids.map((id) => answersFor(request, id)));
  const totals = await intakeTotals(request);
  expect(totals.tickets).toBe(TICKETS);
  for (const [index, statuses] of answers.entries()) {
    expect(
      statuses.filter((status) => status === 201),
      `ticket ${ids[index]}: ${statuses.join(',')}`,
    ).toHaveLength(1);
    expect(
      statuses.every((status) => [200, 201, 409, 503].includes(status)),
      `ticket ${ids[index]}: ${statuses.join(',')}`,
    ).toBe(true);
  }
  const all = answers.flat();
  const count = (status: number): number => all.filter((answer) => answer === status).length;
  printFigures(
    `flapping network: ${TICKETS} tickets, ${flaps} flaps in ${STORM_MS / 1000} s, ${totals.posts} POSTs reached the intake ` +
      `(201: ${count(201)}, 200: ${count(200)}, 409: ${count(409)}, 503: ${count(503)}), ${link.drops()} POSTs dropped by lie-fi, ` +
      `${sentInStorm} sent during the storm, the rest ${(settleMs / 1000).toFixed(1)} s after the network settled`,
  );
});
