// How one ticket is delivered to the intake and how its answer is judged: the rules the
// service worker's queue and the page (where no worker runs) both apply.
import { z } from 'zod/mini';
import { httpDetail, type HistoryDetail } from './deliveryDetail';
import type { TicketUpdate } from './messages';
import { fieldIssueSchema, ticketReceiptSchema, type FieldIssue, type TicketSubmission } from './intakeContract';

/** The header by which the reference intake says it is the demo, not Hamta. */
export const DEMO_INTAKE_HEADER = 'x-intake';
export const DEMO_INTAKE_VALUE = 'demo';

/** 7 days: after that an unsent ticket goes back to the user ("not sent — send again"), never dropped. */
export const RETENTION_MS = 7 * 24 * 3600 * 1000;
/** 15 s: a POST of a few hundred bytes; longer means a dead or filtered link. */
const ATTEMPT_TIMEOUT_MS = 15_000;
/** Receipts and reviews are tiny; anything larger than this is not our intake talking. */
const MAX_ANSWER_BYTES = 64 * 1024;
const FIRST_RETRY_MS = 2_000;
/** About a minute: an intake that recovers gets every ticket within two minutes. */
export const MAX_RETRY_MS = 60_000;

/**
 * The wait before the next try after `failures` failed attempts in a row:
 * 2 s, 4 s, 8 s … capped at a minute, ±20 % so many phones do not retry in step.
 * A Retry-After from the server is honoured up to the same cap.
 */
export function retryDelayMs(failures: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 10);
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return Math.min(MAX_RETRY_MS, Math.max(jittered, retryAfterMs ?? 0));
}

export type DeliveryResult =
  | { kind: 'delivered'; receivedAt: string }
  | { kind: 'rejected'; detail: HistoryDetail; issues: FieldIssue[] }
  | { kind: 'retry'; detail: HistoryDetail; retryAfterMs?: number };

/** What became of one ticket's turn in the queue: an attempt's result, or its 7 days ran out before one succeeded. */
export type DeliveryOutcome = DeliveryResult | { kind: 'expired' };

/**
 * The ticket update an outcome announces, the same from the worker's queue and
 * the page's own sender: delivered → sent, rejected → rejected with the
 * intake's issues, a failed attempt → queued again with its code, too old → expired.
 */
export function deliveryUpdate(
  ticketId: string,
  outcome: DeliveryOutcome,
  at: string,
  progress: Pick<TicketUpdate, 'attempts' | 'nextAttemptAt'> = {},
): TicketUpdate {
  const base = { type: 'ticket-update', ticketId, at, ...progress } as const;
  switch (outcome.kind) {
    case 'delivered':
      return { ...base, state: 'sent', receivedAt: outcome.receivedAt };
    case 'rejected':
      return { ...base, state: 'rejected', detail: outcome.detail, issues: outcome.issues };
    case 'retry':
      return { ...base, state: 'queued', detail: outcome.detail };
    case 'expired':
      return { ...base, state: 'expired', detail: 'expired' };
  }
}

/** What came back from one POST, read defensively: `body` is null when it was too large to read. */
export type IntakeAnswer = { status: number; redirected: boolean; body: string | null; retryAfter: string | null };

/** Any JSON error object from the intake: `{ error, issues? }`. */
const intakeErrorSchema = z.object({
  error: z.string().check(z.maxLength(200)),
  issues: z.optional(z.array(fieldIssueSchema).check(z.maxLength(100))),
});

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The queue's rule for one answer: 2xx with a receipt for this ticket → sent;
 * 408, 409 (the same ticket still being filed), 429, 5xx → try again later; other 4xx from the intake → back to the user
 * with the intake's issues. Anything that is not the intake's JSON (an HTML
 * page, a redirect, a huge body, the wrong schema) is a failed attempt: filtering
 * middleboxes answer with exactly such pages, and the ticket must not be lost to one.
 */
export function judgeAnswer(ticketId: string, answer: IntakeAnswer): DeliveryResult {
  const { status } = answer;
  if (answer.redirected || status === 0 || (status >= 300 && status < 400)) return { kind: 'retry', detail: 'redirect' };
  if (answer.body === null) return { kind: 'retry', detail: 'too-large' };
  const json = parseJson(answer.body);
  if (status === 200 || status === 201) {
    const receipt = ticketReceiptSchema.safeParse(json);
    if (receipt.success && receipt.data.id === ticketId) return { kind: 'delivered', receivedAt: receipt.data.receivedAt };
    return { kind: 'retry', detail: 'bad-response' };
  }
  if (status === 408 || status === 409 || status === 429 || status >= 500) {
    return { kind: 'retry', detail: httpDetail(status), retryAfterMs: parseRetryAfter(answer.retryAfter) };
  }
  if (status >= 400 && status < 500) {
    const error = intakeErrorSchema.safeParse(json);
    if (!error.success) return { kind: 'retry', detail: 'bad-response' };
    return { kind: 'rejected', detail: status === 400 ? 'validation' : httpDetail(status), issues: error.data.issues ?? [] };
  }
  return { kind: 'retry', detail: 'bad-response' };
}

/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,7}$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Reads a body as text, but never more than `maxBytes`: null when it is larger (the rest is not downloaded). */
export async function readCappedText(response: Response, maxBytes: number = MAX_ANSWER_BYTES): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    // A character split between two chunks is kept for the next (stream: true).
    text += decoder.decode(value, { stream: true });
  }
}

/** The intake's tickets endpoint, from its base URL (VITE_INTAKE_URL or '/api') and the app's address. */
export function ticketsUrl(intakeBase: string, appUrl: string): string {
  const base = intakeBase.endsWith('/') ? intakeBase : `${intakeBase}/`;
  return new URL('tickets', new URL(base, appUrl)).href;
}

/** The POST the intake contract asks for: the ticket id doubles as the Idempotency-Key, on every try. */
export function submissionRequest(url: string, submission: TicketSubmission): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id },
    body: JSON.stringify(submission),
  });
}

export type Attempt = { result: DeliveryResult; demoIntake: boolean };

/** One try at delivering a stored POST: never throws; every failure is a result with a code. */
export async function attemptDelivery(
  request: Request,
  ticketId: string,
  send: (request: Request, init: RequestInit) => Promise<Response> = (input, init) => fetch(input, init),
  timeoutMs: number = ATTEMPT_TIMEOUT_MS,
): Promise<Attempt> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // A redirect is never followed: a POST must reach the intake itself, not wherever a filter points.
    const response = await send(request.clone(), { redirect: 'manual', signal });
    const body = await readCappedText(response);
    const answer: IntakeAnswer = {
      status: response.status,
      redirected: response.type === 'opaqueredirect' || response.redirected,
      body,
      retryAfter: response.headers.get('retry-after'),
    };
    return { result: judgeAnswer(ticketId, answer), demoIntake: isDemoIntake(response) };
  } catch (error) {
    const timedOut = signal.aborted || (error instanceof Error && error.name === 'TimeoutError');
    return { result: { kind: 'retry', detail: timedOut ? 'timeout' : 'network-error' }, demoIntake: false };
  }
}

export function isDemoIntake(response: Response): boolean {
  return response.headers.get(DEMO_INTAKE_HEADER) === DEMO_INTAKE_VALUE;
}
