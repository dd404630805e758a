// Error answers as RFC 9457 problem details, keeping the `error` code and `issues` the app reads.
import type { ServerResponse } from 'node:http';
import type { FieldIssue } from '../domain/schemas';
import { sendJson } from './http';

/** Every error the intake answers with, and its title for a person reading the response. */
const TITLES = {
  validation: 'The request is not a valid ticket',
  'too-large': 'The request body is larger than 64 KB',
  'key-reused': 'This Idempotency-Key was already used with a different request',
  'in-progress': 'A request with this Idempotency-Key is still being processed',
  unavailable: 'The intake cannot reach its database; try again later',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  'bad-url': 'The URL cannot be read',
  internal: 'The intake failed on this request',
} as const;

export type ProblemCode = keyof typeof TITLES;

export function sendProblem(
  res: ServerResponse,
  status: number,
  error: ProblemCode,
  extra: { issues?: FieldIssue[]; headers?: Record<string, string> } = {},
): void {
  const body = { type: 'about:blank', title: TITLES[error], status, error, ...(extra.issues ? { issues: extra.issues } : {}) };
  sendJson(res, status, body, { 'Content-Type': 'application/problem+json; charset=utf-8', ...extra.headers });
}

/** 400 with the fields at fault: the app shows them to the user ("needs changes"). */
export function sendValidation(res: ServerResponse, issues: FieldIssue[]): number {
  sendProblem(res, 400, 'validation', { issues });
  return 400;
}

/** 503 with Retry-After: the app's queue waits that long and tries again. */
export function sendUnavailable(res: ServerResponse, retryAfterSeconds = 5): number {
  sendProblem(res, 503, 'unavailable', { headers: { 'Retry-After': String(retryAfterSeconds) } });
  return 503;
}
