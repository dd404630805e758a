// Asks the intake for the verdict of each sent ticket while online, backing off per ticket.
import { readCappedText } from '../domain/delivery';
import { ticketReviewSchema, type Ticket, type TicketReview } from '../domain/schemas';
import { intakeTicketUrl, noteIntakeAnswer } from './intakeTarget';

/** 1 s, 2 s, 4 s … then every 10 minutes: a reviewer may take days, and many phones ask. */
const FIRST_POLL_MS = 1_000;
const MAX_POLL_MS = 10 * 60_000;
/** A few at a time: after a queue flush hundreds may be waiting for their verdict. */
const PER_ROUND = 8;

export type ReviewAnswer =
  | { kind: 'review'; review: TicketReview }
  | { kind: 'unknown' } // the intake does not know the ticket
  | { kind: 'failed'; detail: string };

/** One GET /tickets/:id; never throws. */
async function fetchReview(ticketId: string, send: typeof fetch = fetch): Promise<ReviewAnswer> {
  try {
    const response = await send(intakeTicketUrl(ticketId), {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    noteIntakeAnswer(response);
    const text = await readCappedText(response);
    if (text === null) return { kind: 'failed', detail: 'too-large' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: 'failed', detail: 'bad-response' };
    }
    if (response.status === 404 && typeof (json as { error?: unknown } | null)?.error === 'string') return { kind: 'unknown' };
    if (response.status !== 200) return { kind: 'failed', detail: `http-${response.status}` };
    const review = ticketReviewSchema.safeParse(json);
    if (!review.success || review.data.id !== ticketId) return { kind: 'failed', detail: 'bad-response' };
    return { kind: 'review', review: review.data };
  } catch {
    return { kind: 'failed', detail: 'network-error' };
  }
}

export type ReviewPoller = {
  /** Asks for the verdicts that are due; `onAnswer` records each. */
  pollDue(sent: Ticket[], onAnswer: (ticketId: string, answer: ReviewAnswer) => Promise<void>): Promise<void>;
  /** When the next poll is due (ms since epoch), or null when nothing waits for a verdict. */
  nextDueAt(): number | null;
};

export function createReviewPoller(now: () => number = () => Date.now()): ReviewPoller {
  const schedule = new Map<string, { polls: number; dueAt: number }>();

  async function pollDue(sent: Ticket[], onAnswer: (ticketId: string, answer: ReviewAnswer) => Promise<void>): Promise<void> {
    const ids = new Set(sent.map((ticket) => ticket.id));
    for (const id of schedule.keys()) if (!ids.has(id)) schedule.delete(id);
    for (const id of ids) if (!schedule.has(id)) schedule.set(id, { polls: 0, dueAt: now() });
    const due = sent.filter((ticket) => (schedule.get(ticket.id)?.dueAt ?? 0) <= now()).slice(0, PER_ROUND);
    await Promise.all(
      due.map(async (ticket) => {
        const polls = (schedule.get(ticket.id)?.polls ?? 0) + 1;
        schedule.set(ticket.id, { polls, dueAt: now() + Math.min(MAX_POLL_MS, FIRST_POLL_MS * 2 ** Math.min(polls - 1, 20)) });
        await onAnswer(ticket.id, await fetchReview(ticket.id));
      }),
    );
  }

  function nextDueAt(): number | null {
    let next: number | null = null;
    for (const { dueAt } of schedule.values()) next = next === null ? dueAt : Math.min(next, dueAt);
    return next;
  }

  return { pollDue, nextDueAt };
}
