// Messages between the page and the service worker about submitted tickets, typed by zod on both sides.
import { z } from 'zod/mini';
import { fieldIssueSchema, isoDateSchema as isoDate, ticketSubmissionSchema } from './intakeContract';
import { historyDetailSchema } from './deliveryDetail';
import { FIRST_USE_PART_NAMES } from './firstUseParts';

/** The BroadcastChannel on which the service worker tells every open page what happened to a ticket. */
export const TICKET_STATUS_CHANNEL = 'ticket-status';

/** A whole queue's worth: the benchmark's 500 tickets and then some. */
const MANY = 2000;

// ---- Page → service worker ---------------------------------------------------

/** Take these tickets into the queue (a ticket already there is not added twice). */
const enqueueMessageSchema = z.object({
  type: z.literal('enqueue'),
  submissions: z.array(ticketSubmissionSchema).check(z.minLength(1), z.maxLength(MANY)),
});
/** Try to send now; `force` ignores the back-off (the page saw the network come back, or it just opened). */
const replayMessageSchema = z.object({ type: z.literal('replay'), force: z.boolean() });
/** Describe the queue; the answer goes back through the MessagePort sent with this message. */
const queueStateRequestSchema = z.object({ type: z.literal('queue-state') });
/** The page has recorded these answers: the service worker may forget them. */
// `at` names the answer recorded: a newer one the worker got since is kept. Without it, any answer for the ticket goes.
const forgottenAnswerSchema = z.object({ ticketId: z.uuid(), at: z.optional(isoDate) });
export type ForgottenAnswer = z.infer<typeof forgottenAnswerSchema>;
const forgetMessageSchema = z.object({
  type: z.literal('forget'),
  answers: z.array(forgottenAnswerSchema).check(z.minLength(1), z.maxLength(MANY)),
});
/** Sent by the update prompt: the waiting version takes over. */
const skipWaitingMessageSchema = z.object({ type: z.literal('SKIP_WAITING') });
/** This device uses a part kept out of the precache (kiosk mode, the barcode reader): keep its files. */
const cachePartMessageSchema = z.object({ type: z.literal('cache-part'), part: z.enum(FIRST_USE_PART_NAMES) });

export const pageMessageSchema = z.discriminatedUnion('type', [
  enqueueMessageSchema,
  replayMessageSchema,
  queueStateRequestSchema,
  forgetMessageSchema,
  skipWaitingMessageSchema,
  cachePartMessageSchema,
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

// ---- Service worker → page ---------------------------------------------------

/**
 * Where one ticket is on its way: queued (waiting, maybe after a failed attempt),
 * sending, sent (the intake has it), rejected (the intake refused it: the user
 * must change it), expired (kept too long: the user decides to send it again).
 */
const DELIVERY_STATES = ['queued', 'sending', 'sent', 'rejected', 'expired'] as const;
const deliveryStateSchema = z.enum(DELIVERY_STATES);

export const ticketUpdateSchema = z.object({
  type: z.literal('ticket-update'),
  ticketId: z.uuid(),
  state: deliveryStateSchema,
  at: isoDate,
  /** Why: a failure code ('network-error', 'http-503', …) or 'validation' / 'expired'. */
  detail: historyDetailSchema,
  attempts: z.optional(z.int().check(z.minimum(0))),
  nextAttemptAt: z.optional(isoDate),
  receivedAt: z.optional(isoDate),
  issues: z.optional(z.array(fieldIssueSchema).check(z.maxLength(100))),
});
export type TicketUpdate = z.infer<typeof ticketUpdateSchema>;

const queuedTicketSchema = z.object({
  ticketId: z.uuid(),
  state: z.enum(['queued', 'sending']),
  attempts: z.int().check(z.minimum(0)),
  detail: historyDetailSchema,
});
export type QueuedTicket = z.infer<typeof queuedTicketSchema>;

export const queueStateSchema = z.object({
  type: z.literal('queue-state'),
  /** Tickets in the queue or being sent right now. */
  waiting: z.array(queuedTicketSchema).check(z.maxLength(MANY * 5)),
  /** Final answers (sent, rejected, expired) no page has recorded yet. */
  answers: z.array(ticketUpdateSchema).check(z.maxLength(MANY * 5)),
  nextAttemptAt: z.optional(isoDate),
});
export type QueueState = z.infer<typeof queueStateSchema>;

export const workerMessageSchema = z.discriminatedUnion('type', [ticketUpdateSchema, queueStateSchema]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
