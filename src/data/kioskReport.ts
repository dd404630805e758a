// What the kiosk's staff screen reads: today's tickets by state and the queue's health, never a personal value.
import { countsOfDay, countTickets, localDay, type TicketCounts } from '../domain/kioskTally';
import type { Ticket } from '../domain/schemas';
import { getSettings, updateSettings } from './settings';
import { listTickets } from './tickets';

/** Tickets the kiosk wipe keeps: those still on their way to the intake. */
const ON_ITS_WAY: ReadonlySet<Ticket['status']> = new Set(['ready-to-send', 'queued', 'sending']);

/**
 * Adds today's tickets that the wipe is about to delete to the stored tally, so
 * the staff screen still counts them. Call inside the wipe's transaction, before
 * it deletes anything: the wipe deletes every readable ticket but those on their way.
 */
export async function tallyBeforeWipe(now: Date = new Date()): Promise<void> {
  const day = localDay(now);
  const leaving = (await listTickets()).filter((ticket) => !ON_ITS_WAY.has(ticket.status));
  if (leaving.length === 0) return;
  const { kioskTally } = await getSettings();
  const counts = countTickets(countsOfDay(kioskTally, day), leaving, day);
  await updateSettings({ kioskTally: { day, ...counts } });
}

/** Today's tickets by state: those already wiped plus those still on the device. */
export async function todaysTicketCounts(now: Date = new Date()): Promise<TicketCounts> {
  const day = localDay(now);
  const { kioskTally } = await getSettings();
  return countTickets(countsOfDay(kioskTally, day), await listTickets(), day);
}

export type QueueProblem = { detail: string; at: string };

/** The newest failed attempt among the tickets still waiting; null when none failed. */
export async function lastQueueProblem(): Promise<QueueProblem | null> {
  let last: QueueProblem | null = null;
  for (const ticket of await listTickets()) {
    if (!ON_ITS_WAY.has(ticket.status)) continue;
    for (const event of ticket.history) {
      // 'submitted' and 'resent' are the user's own steps, not failures.
      if (event.status !== 'queued' || !event.detail || event.detail === 'submitted' || event.detail === 'resent') continue;
      if (!last || Date.parse(event.at) > Date.parse(last.at)) last = { detail: event.detail, at: event.at };
    }
  }
  return last;
}
