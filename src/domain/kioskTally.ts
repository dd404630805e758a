// A kiosk's count of the day's tickets by state: numbers only, so it survives the wipe between customers.
import { z } from 'zod/mini';
import type { Ticket } from './schemas';
import { VERDICT_IDS, type VerdictId } from './verdictIds';

/** What the staff screen counts: a ticket on its way counts as queued; a reviewed one by its verdict. */
export const TALLY_STATES = ['queued', 'sent', 'reviewed', 'needs-changes', 'not-sent'] as const;
export type TallyState = (typeof TALLY_STATES)[number];

export type TicketCounts = {
  byState: Record<TallyState, number>;
  /** Reviewed tickets by verdict. */
  byVerdict: Partial<Record<VerdictId, number>>;
};

const count = z.int().check(z.minimum(0));

/** Kept in the settings record: the day it counts (local, YYYY-MM-DD) and the numbers of the tickets already wiped. */
export const kioskTallySchema = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  byState: z.object({ queued: count, sent: count, reviewed: count, 'needs-changes': count, 'not-sent': count }),
  byVerdict: z.partialRecord(z.enum(VERDICT_IDS), count),
});
export type KioskTally = z.infer<typeof kioskTallySchema>;

export function noCounts(): TicketCounts {
  return { byState: { queued: 0, sent: 0, reviewed: 0, 'needs-changes': 0, 'not-sent': 0 }, byVerdict: {} };
}

/** The local calendar day of a moment, YYYY-MM-DD: "today" is the shop's day, not UTC's. */
export function localDay(at: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function tallyStateOf(status: Ticket['status']): TallyState {
  switch (status) {
    case 'ready-to-send':
    case 'queued':
    case 'sending':
      return 'queued';
    // Kept on the tablet for the customer to file on Hamta: never sent by the app.
    case 'ready-to-file':
      return 'not-sent';
    default:
      return status;
  }
}

/** Counts tickets created on `day` into `counts` (a new object). */
export function countTickets(
  counts: TicketCounts,
  tickets: readonly Pick<Ticket, 'status' | 'verdict' | 'createdAt'>[],
  day: string,
): TicketCounts {
  const next: TicketCounts = { byState: { ...counts.byState }, byVerdict: { ...counts.byVerdict } };
  for (const ticket of tickets) {
    if (localDay(new Date(ticket.createdAt)) !== day) continue;
    next.byState[tallyStateOf(ticket.status)] += 1;
    if (ticket.status === 'reviewed' && ticket.verdict) next.byVerdict[ticket.verdict] = (next.byVerdict[ticket.verdict] ?? 0) + 1;
  }
  return next;
}

/** The stored tally's counts when it is of `day`; nothing otherwise (a new day starts at zero). */
export function countsOfDay(tally: KioskTally | undefined, day: string): TicketCounts {
  if (!tally || tally.day !== day) return noCounts();
  return { byState: { ...tally.byState }, byVerdict: { ...tally.byVerdict } };
}
