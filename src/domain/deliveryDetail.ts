// The codes a ticket's history gives for each step of its delivery: set by the page, the worker's queue and the intake's answers.
import { z } from 'zod/mini';

/** Every code but an HTTP status; the UI has words for each, in every language. */
export const DELIVERY_DETAILS = [
  // The page: the user submitted, or sent again, a ticket.
  'submitted',
  'resent',
  // A failed attempt: tried again later.
  'network-error',
  'timeout',
  'redirect',
  'too-large',
  'bad-response',
  // The intake's answers, and the queue's own rule of 7 days.
  'received',
  'validation',
  'expired',
  'reviewed',
  'not-found',
  // Filed on Hamta by hand: kept on the device (no intake), and Hamta's answer recorded by the user.
  'kept-for-hamta',
  'answer-from-hamta',
] as const;

export type DeliveryDetail = (typeof DELIVERY_DETAILS)[number];

/** An HTTP status the intake answered with, other than a receipt or a validation failure (e.g. 'http-503'). */
export type HttpDetail = `http-${number}`;

/** What the delivery writes in a ticket's history. */
export type HistoryDetail = DeliveryDetail | HttpDetail;

/**
 * A detail code in a message between page and worker. A code this version does not
 * know (a worker of another version) is dropped, not the whole message with it.
 */
export const historyDetailSchema = z.catch(
  z.optional(z.union([z.enum(DELIVERY_DETAILS), z.templateLiteral(['http-', z.int().check(z.minimum(100), z.maximum(599))])])),
  undefined,
);

const KNOWN: ReadonlySet<string> = new Set(DELIVERY_DETAILS);

export function isDeliveryDetail(code: string): code is DeliveryDetail {
  return KNOWN.has(code);
}

export function httpDetail(status: number): HttpDetail {
  return `http-${status}`;
}

/** The status of an HTTP detail code, or null for any other code. */
export function httpStatusOf(code: string): number | null {
  const match = /^http-(\d{3})$/.exec(code);
  return match ? Number(match[1]) : null;
}
