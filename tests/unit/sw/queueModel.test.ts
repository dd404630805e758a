// The ticket queue against a model, over random schedules of network, intake, worker, tabs and time:
// 0 tickets lost, 0 created twice at the intake, and every ticket's shown status as the model expects.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AssistantDb } from '@/data/db';
import { setDatabase } from '@/data/storage';
import { getTicket, listTickets } from '@/data/tickets';
import { RETENTION_MS } from '@/domain/delivery';
import type { Ticket, TicketDraft, TicketStatus } from '@/domain/schemas';
import { fingerprint } from '@/intake/idempotency';
import { submissionOf } from '@/sync/ticketRecords';
import { deleteTestDb } from '../testDb';
import { createWorld, type AnswerKind, type World } from './queueWorld';

const SCHEDULES = 1_000;
/** Schedules for the worker's kept answers: the same model, a fifth of the runs. */
const ANSWER_SCHEDULES = 200;
/** Commands per schedule, at most: enough for a restart in the middle of a lie-fi back-off, few enough for 1,000 schedules a minute. */
const MAX_COMMANDS = 32;
const START = Date.parse('2025-03-01T08:00:00.000Z');
const DAY_MS = 24 * 3600 * 1000;

// ---- The model ----------------------------------------------------------------------

/**
 * What the model knows of a ticket: when the user last asked for it to travel
 * (Submit or "send again": its 7 days count from there) and the first final
 * answer that reached the worker since then. Shown status follows from these.
 */
type ModelTicket = { id: string; draft: TicketDraft; tab: 0 | 1; queuedAt: number; answer: 'none' | 'delivered' | 'rejected' };

type Model = { tickets: ModelTicket[]; byId: Map<string, ModelTicket>; violations: string[] };

const WAITING: TicketStatus[] = ['queued', 'sending'];
const RESENDABLE: ReadonlySet<TicketStatus> = new Set(['not-sent', 'needs-changes']);

/** The statuses the app may show for a ticket now; once drained (network good, nothing left to try), none of the waiting ones. */
function allowedStatuses(ticket: ModelTicket, now: number, drained: boolean): TicketStatus[] {
  if (ticket.answer === 'delivered') return ['sent'];
  if (ticket.answer === 'rejected') return ['needs-changes'];
  // Not answered: the queue may have given it back only once it waited 7 days.
  const back: TicketStatus[] = now - ticket.queuedAt > RETENTION_MS ? ['not-sent'] : [];
  return drained ? back : [...WAITING, ...back];
}

/** An answer that reached the worker: the first final one since the user last queued the ticket is what the app must show. */
function hearAnswer(model: Model, ticketId: string, kind: AnswerKind): void {
  const ticket = model.byId.get(ticketId);
  if (!ticket) return void model.violations.push(`a POST for ${ticketId}, which no one submitted`);
  if (kind === 'failed') return;
  if (ticket.answer === 'none') ticket.answer = kind;
  else if (ticket.answer === 'rejected' && kind === 'delivered')
    model.violations.push(`${ticketId} was filed at the intake after it was given back as "needs changes"`);
}

/** Draft ids made from a counter: a schedule replays (and shrinks) the same way every time. */
function draftFor(model: Model, now: number): TicketDraft {
  const at = new Date(now).toISOString();
  const checked = { simInserted: true, switchedOn: true, callMade: true };
  return {
    id: `00000000-0000-4000-8000-${String(model.tickets.length + 1).padStart(12, '0')}`,
    step: 'review',
    phone: '09120000001',
    correctImeis: ['350281374182634', '350281374182717'],
    registeredImeis: ['350281374182634', '350281375582717'],
    slotChecklist: [checked, checked],
    description: 'SIM 2 has had no service since the phone was imported.',
    createdAt: at,
    updatedAt: at,
  };
}

// ---- Invariants ---------------------------------------------------------------------

function fail(message: string): never {
  throw new Error(message);
}

/** 0 lost, 0 created twice, every shown status allowed by the model; `drained` once nothing is left to try. */
async function checkInvariants(model: Model, world: World, drained = false): Promise<Ticket[]> {
  await world.quiet.settle();
  if (world.problems.length > 0) fail(`the outbox or the messages failed: ${String(world.problems[0])}`);
  if (model.violations.length > 0) fail(model.violations.join('; '));
  const rows = await listTickets();
  if (rows.length !== model.tickets.length) fail(`${model.tickets.length} tickets submitted, ${rows.length} stored`);
  const now = world.clock.now();
  for (const ticket of model.tickets) {
    const row = rows.find((stored) => stored.id === ticket.id) ?? fail(`lost: ${ticket.id} is no longer stored`);
    const allowed = allowedStatuses(ticket, now, drained);
    if (!allowed.includes(row.status))
      fail(`${ticket.id} shows "${row.status}", the model allows ${allowed.join(' or ') || 'nothing'} (answer: ${ticket.answer})`);
    if (row.status === 'sent' && !world.intake.tickets.has(ticket.id))
      fail(`lost: ${ticket.id} shows "sent" but the intake never filed it`);
  }
  const { tickets: filed, counts } = world.intake;
  if (counts.keyReused > 0) fail(`the same ticket id came with another body ${counts.keyReused} times (422)`);
  for (const [id, ticket] of filed) {
    const row = rows.find((stored) => stored.id === id) ?? fail(`the intake filed ${id}, which no one submitted`);
    if (ticket.creations !== 1) fail(`created twice: ${id} was filed ${ticket.creations} times`);
    const sent = submissionOf(row);
    if (!sent.ok || fingerprint(sent.submission) !== ticket.fingerprint)
      fail(`the intake holds another body for ${id} than the one submitted first`);
  }
  return rows;
}

// ---- Commands -------------------------------------------------------------------------

type Command = fc.AsyncCommand<Model, World>;

/** A command: its name for a counterexample, when it applies, and what it does; the invariants are checked after each. */
function command(
  name: string,
  run: (model: Model, world: World) => Promise<void> | void,
  applies: (model: Model) => boolean = () => true,
): Command {
  return {
    check: applies,
    async run(model, world) {
      figures.commands += 1;
      await run(model, world);
      await checkInvariants(model, world);
    },
    toString: () => name,
  };
}

/** The wizard's Submit of a new draft, in one tab or in both at once (the same draft open twice). */
function submitDraft(tab: 0 | 1, bothTabs: boolean): Command {
  return command(bothTabs ? 'SubmitInBothTabs' : `SubmitDraft(tab ${tab})`, async (model, world) => {
    const draft = draftFor(model, world.clock.now());
    const ticket: ModelTicket = { id: draft.id, draft, tab, queuedAt: world.clock.now(), answer: 'none' };
    model.tickets.push(ticket);
    model.byId.set(ticket.id, ticket);
    figures.tickets += 1;
    if (bothTabs) await Promise.all([world.submit(0, draft), world.submit(1, draft)]);
    else await world.submit(tab, draft);
  });
}

/** The other tab still shows a draft already submitted, and the user submits it there too (a later body, the same id). */
function submitSameDraftFromOtherTab(pick: number): Command {
  return command(
    `SubmitSameDraftFromOtherTab(#${pick})`,
    async (model, world) => {
      const ticket = model.tickets[pick % model.tickets.length] ?? fail('no ticket to pick');
      await world.submit(ticket.tab === 0 ? 1 : 0, ticket.draft);
    },
    (model) => model.tickets.length > 0,
  );
}

/** "Send again" on a ticket the queue gave back (not sent, or needs changes); on any other ticket it must change nothing. */
function userSendsAgain(pick: number, tab: 0 | 1): Command {
  return command(
    `UserSendsAgain(#${pick}, tab ${tab})`,
    async (model, world) => {
      const ticket = model.tickets[pick % model.tickets.length] ?? fail('no ticket to pick');
      const before = await getTicket(ticket.id);
      const resendable = before !== undefined && RESENDABLE.has(before.status);
      if (resendable) {
        ticket.queuedAt = world.clock.now();
        ticket.answer = 'none';
        figures.sentAgain += 1;
      }
      await world.tabs[tab].outbox.resendTicket(ticket.id);
    },
    (model) => model.tickets.length > 0,
  );
}

const TIME_STEPS = [200, 3_000, 16_000, 61_000, 3_600_000, 3 * DAY_MS, RETENTION_MS + 3_600_000];

/** The commands of the network, the intake, the worker, the tabs and time; each changes the world, not the model. */
const goOffline = (): Command => command('GoOffline', (_model, world) => world.setNetwork('offline'));
const goOnline = (): Command =>
  command('GoOnline', (_model, world) => {
    world.setNetwork('online');
    world.backOnline();
  });
const lieFi = (reach: number): Command =>
  command(`LieFi(reach ${reach.toString(2).padStart(8, '0')})`, (_model, world) => world.setNetwork('lie-fi', reach));
const intakeFails = (status: number, times: number): Command =>
  command(`IntakeFails(${status} × ${times})`, (_model, world) => world.intake.failNext(status, times));
const intakeRefuses = (times: number): Command =>
  command(`IntakeRefuses(400 × ${times})`, (_model, world) => world.intake.refuseNext(times));
const intakeTakes = (ms: number): Command => command(`IntakeTakes(${ms} ms)`, (_model, world) => world.setIntakeDelay(ms));
const restartWorker = (): Command => command('RestartWorker', (_model, world) => world.restartWorker());
const reloadTab = (tab: 0 | 1): Command => command(`ReloadTab(${tab})`, (_model, world) => world.reloadTab(tab));
const advanceTime = (ms: number): Command => command(`AdvanceTime(${ms} ms)`, (_model, world) => world.clock.advance(ms));
const syncNow = (tab: 0 | 1): Command => command(`SyncNow(tab ${tab})`, (_model, world) => world.tabs[tab].outbox.syncNow());

const tab = fc.constantFrom<0 | 1>(0, 1);
const timeStep = fc.constantFrom(...TIME_STEPS);

const commands = fc.commands<Model, World, false>(
  [
    tab.map((index) => submitDraft(index, false)),
    fc.constant(submitDraft(0, true)),
    fc.nat(31).map(submitSameDraftFromOtherTab),
    fc.constant(goOffline()),
    fc.constant(goOnline()),
    fc.nat(255).map(lieFi),
    fc.tuple(fc.constantFrom(500, 502, 503, 504), fc.integer({ min: 1, max: 4 })).map(([status, times]) => intakeFails(status, times)),
    fc.integer({ min: 1, max: 2 }).map(intakeRefuses),
    fc.constantFrom(0, 2_000, 20_000).map(intakeTakes),
    fc.constant(restartWorker()),
    tab.map(reloadTab),
    // Twice: time is what back-off and expiry are about.
    timeStep.map(advanceTime),
    timeStep.map(advanceTime),
    tab.map(syncNow),
    fc.tuple(fc.nat(31), tab).map(([pick, index]) => userSendsAgain(pick, index)),
  ],
  { maxCommands: MAX_COMMANDS, size: 'max' },
);

// ---- Draining: the network is good and the user answers what came back ----------------

/** 1 s: the pages' batched "forget" (200 ms) goes out, no page tick (3 s) comes in between. */
const SETTLE_STEP_MS = 1_000;
/** 61 s: longer than the longest back-off (60 s) and the 15 s time-out, and a reconcile (30 s) falls inside. */
const DRAIN_STEP_MS = 61_000;
const DRAIN_STEPS = 8;

async function drain(model: Model, world: World): Promise<Ticket[]> {
  world.setNetwork('online');
  world.setIntakeDelay(0);
  world.intake.heal();
  world.backOnline();
  for (let step = 0; step < DRAIN_STEPS; step += 1) {
    await world.clock.advance(SETTLE_STEP_MS);
    const rows = await listTickets();
    if (world.queuedEntries() === 0 && rows.every((row) => !WAITING.includes(row.status))) break;
    await world.clock.advance(DRAIN_STEP_MS);
  }
  // Answers heard at the very end of the last step: the pages' batched "forget" (200 ms) goes out too.
  await world.clock.advance(SETTLE_STEP_MS);
  return checkInvariants(model, world, true);
}

/** Drains, sends again what came back (not sent, needs changes), drains again: then every ticket is at the intake, once. */
async function drainAndSendAgain(model: Model, world: World): Promise<void> {
  const rows = await drain(model, world);
  const back = rows.filter((row) => RESENDABLE.has(row.status));
  for (const row of back) {
    const ticket = model.byId.get(row.id) ?? fail(`${row.id} is not in the model`);
    if (row.status === 'not-sent') figures.expired += 1;
    else figures.refused += 1;
    ticket.queuedAt = world.clock.now();
    ticket.answer = 'none';
    await world.tabs[ticket.tab].outbox.resendTicket(row.id);
  }
  const delivered = back.length > 0 ? await drain(model, world) : rows;
  const unsent = delivered.filter((row) => row.status !== 'sent');
  if (unsent.length > 0) fail(`after draining, ${unsent.map((row) => `${row.id} is "${row.status}"`).join(', ')}`);
  if (world.intake.tickets.size !== model.tickets.length)
    fail(`${model.tickets.length} submitted, ${world.intake.tickets.size} at the intake`);
  if (world.queuedEntries() > 0) fail(`${world.queuedEntries()} entries left in the worker's queue`);
  figures.delivered += delivered.length;
}

// ---- The properties ---------------------------------------------------------------------

/** What the printed report counts, over every schedule of the main property. */
type Figures = Record<
  | 'schedules'
  | 'commands'
  | 'tickets'
  | 'delivered'
  | 'sentAgain'
  | 'expired'
  | 'refused'
  | 'posts'
  | 'replayed'
  | 'inFlight'
  | 'timeouts'
  | 'restarts',
  number
>;

const noFigures = (): Figures => ({
  schedules: 0,
  commands: 0,
  tickets: 0,
  delivered: 0,
  sentAgain: 0,
  expired: 0,
  refused: 0,
  posts: 0,
  replayed: 0,
  inFlight: 0,
  timeouts: 0,
  restarts: 0,
});
const figures = noFigures();

/**
 * One database for every schedule, emptied before each (opening one per schedule costs more than a
 * schedule). Dexie's query cache serves liveQuery, which no screen runs here.
 */
let db: AssistantDb;

async function openModelDb(): Promise<AssistantDb> {
  const database = new AssistantDb(`queue-model-${crypto.randomUUID()}`, { cache: 'disabled' });
  setDatabase(database);
  await database.open();
  return database;
}

async function emptied(database: AssistantDb): Promise<void> {
  await database.transaction('rw', database.tables, () => Promise.all(database.tables.map((table) => table.clear())));
}

/** Runs one schedule, then drains; `afterDrain` checks what else must hold once every ticket is at the intake. */
async function runSchedule(schedule: Iterable<Command>, afterDrain: (world: World) => void = () => undefined): Promise<void> {
  await emptied(db);
  const model: Model = { tickets: [], byId: new Map(), violations: [] };
  const world = createWorld(START, (ticketId, kind) => hearAnswer(model, ticketId, kind));
  try {
    await fc.asyncModelRun(() => ({ model, real: world }), schedule);
    await drainAndSendAgain(model, world);
    afterDrain(world);
    figures.schedules += 1;
    figures.posts += world.counts.posts;
    figures.replayed += world.intake.counts.byStatus.get(200) ?? 0;
    figures.inFlight += world.intake.counts.byStatus.get(409) ?? 0;
    figures.timeouts += world.counts.timeouts;
    figures.restarts += world.counts.workerRestarts;
  } finally {
    await world.close();
  }
}

describe('the ticket queue against its model', () => {
  beforeAll(async () => {
    db = await openModelDb();
    // The data layer stamps history with new Date(): it reads the simulated clock too.
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await deleteTestDb(db);
  });

  it(`loses no ticket and creates none twice over ${SCHEDULES.toLocaleString('en-US')} schedules, and shows each as the model does`, async () => {
    Object.assign(figures, noFigures());
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(commands, (schedule) => runSchedule(schedule)),
      { numRuns: SCHEDULES },
    );
    expect(figures.schedules).toBe(SCHEDULES);
    expect(figures.delivered).toBe(figures.tickets);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const n = (value: number): string => value.toLocaleString('en-US');
    // The figures are this test's report.
    // eslint-disable-next-line no-console
    console.log(
      `queue model: ${n(figures.schedules)} schedules, ${n(figures.commands)} commands, ${n(figures.tickets)} tickets: ` +
        `0 lost, 0 created twice, every shown state as the model in ${seconds} s ` +
        `(${n(figures.posts)} POSTs: ${n(figures.replayed)} answered 200 with the first receipt, ${n(figures.inFlight)} 409 while filing; ${n(figures.timeouts)} time-outs, ${n(figures.restarts)} worker restarts; ` +
        `${n(figures.sentAgain + figures.expired + figures.refused)} sent again by the user, ` +
        `of them ${n(figures.expired)} after 7 days and ${n(figures.refused)} after a 400 at the end of a schedule)`,
    );
  }, 240_000);

  /** The worker keeps no answer once every page has recorded it (README: "keeps final answers until a page has recorded them"). */
  const answersForgotten = (world: World): void => {
    if (world.storedAnswers() > 0) fail(`the worker still keeps ${world.storedAnswers()} answers the pages have recorded`);
  };

  it('leaves no answer in the worker once the pages have recorded it', async () => {
    await fc.assert(
      fc.asyncProperty(commands, (schedule) => runSchedule(schedule, answersForgotten)),
      { numRuns: ANSWER_SCHEDULES },
    );
  }, 120_000);

  // Schedules the model found, kept as they were shrunk.

  it('lets the worker forget an answer when the tab that submitted closes right after it', async () => {
    // The other tab recorded "sent" too, but it never looked for the worker (nothing waited when it
    // opened), so its batched "forget" goes nowhere.
    await runSchedule([submitDraft(0, false), reloadTab(0)], answersForgotten);
  });

  it('does not file a ticket behind the user\'s back once it has given it back as "not sent"', async () => {
    // The tabs' batched "forget" of the 400 arrives after "send again" and a 7-day sleep, and removes
    // the newer "expired" answer; a tab comparing its stale list with the queue then hands the ticket
    // over again, and the intake files it while the app says "not sent".
    await runSchedule([
      intakeRefuses(1),
      submitDraft(0, true),
      intakeFails(500, 1),
      userSendsAgain(0, 0),
      advanceTime(RETENTION_MS + 3_600_000),
    ]);
  });
});
