// The intake: the ticket endpoints of the intake contract over a database, judged by the layer-zero rules.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { DEMO_INTAKE_HEADER, DEMO_INTAKE_VALUE } from '../domain/delivery';
import { judge } from '../domain/judge';
import type { Registry } from '../domain/registry';
import type { TicketReview } from '../domain/schemas';
import type { Database } from './database';
import { DemoControls } from './demoControls';
import { answerFault, routeDemo } from './demoRoutes';
import { parseJson, readBody, requestUrl, sendJson, sendRaw } from './http';
import { fingerprint, parseIdempotencyKey } from './idempotency';
import { sendProblem, sendUnavailable, sendValidation } from './problem';
import { logRequest, type Log } from './requestLog';
import { readSubmission } from './submission';
import { clearTickets, fileTicket, findTicket } from './tickets';

/** Where the intake answers; everything else goes to the next handler (the app). */
const INTAKE_BASE_PATH = '/api';
/** 2 s: long enough to see "sent" before "reviewed", short enough for a demo. */
const DEFAULT_REVIEW_DELAY_MS = 2_000;

export type IntakeOptions = {
  db: Database;
  registry: Registry;
  /** The demo's fault injection, reset and stats endpoints (INTAKE_DEMO=1); without it they are 404. */
  demo?: boolean;
  reviewDelayMs?: number;
  now?: () => number;
  log?: Log;
};

export type Intake = {
  /** Answers a request under /api; resolves false when the path is not the intake's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Demo reset: forgets every ticket, count and fault. */
  reset(): Promise<void>;
};

const uuidSchema = z.uuid();

export function createIntake(options: IntakeOptions): Intake {
  const { db, registry } = options;
  const now = options.now ?? Date.now;
  const controls = new DemoControls(options.reviewDelayMs ?? DEFAULT_REVIEW_DELAY_MS);
  /** Keys this process is filing right now: a second request for one gets 409 at once (PGlite has one connection). */
  const inFlight = new Set<string>();

  async function postTicket(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = parseIdempotencyKey(req.headers['idempotency-key']);
    const countedKey = key.ok ? key.key : null;
    const body = await readBody(req);
    if (!body.ok) {
      if (body.reason === 'aborted') return void res.destroy();
      controls.countPost(countedKey, 413);
      return sendProblem(res, 413, 'too-large', { headers: { Connection: 'close' } });
    }
    const fault = options.demo ? controls.takeFault() : null;
    if (fault) return controls.countPost(countedKey, answerFault(res, fault));
    controls.countPost(countedKey, await answerSubmission(res, body.text, key));
  }

  async function answerSubmission(res: ServerResponse, text: string, key: ReturnType<typeof parseIdempotencyKey>): Promise<number> {
    // Nothing is bound before the request is valid: a 400 leaves the key free for the corrected ticket.
    if (!key.ok) return sendValidation(res, [{ path: ['Idempotency-Key'], message: key.error }]);
    const json = parseJson(text);
    const read = readSubmission(json);
    if (!read.ok) return sendValidation(res, read.issues);
    const submission = read.submission;
    if (key.key !== submission.id) return sendValidation(res, [{ path: ['id'], message: 'idempotency-key-mismatch' }]);
    if (inFlight.has(key.key)) return inProgress(res);
    inFlight.add(key.key);
    try {
      const receivedAt = now();
      const outcome = await fileTicket(db, {
        key: key.key,
        fingerprint: fingerprint(json.ok ? json.value : null),
        submission,
        verdict: judge(submission, registry),
        receivedAt: new Date(receivedAt),
        reviewAt: new Date(receivedAt + controls.reviewDelayMs),
      });
      switch (outcome.kind) {
        case 'created':
          sendJson(res, 201, outcome.receipt);
          return 201;
        case 'replayed':
          sendJson(res, 200, outcome.response);
          return 200;
        case 'key-reused':
          sendProblem(res, 422, 'key-reused');
          return 422;
        case 'in-progress':
          return inProgress(res);
      }
    } catch (error) {
      return databaseDown(res, error);
    } finally {
      inFlight.delete(key.key);
    }
  }

  async function getTicket(res: ServerResponse, rawId: string): Promise<void> {
    let id: string;
    try {
      id = decodeURIComponent(rawId).toLowerCase();
    } catch {
      id = '';
    }
    if (!uuidSchema.safeParse(id).success) return void sendValidation(res, [{ path: ['id'], message: 'invalid-id' }]);
    const stored = await findTicket(db, id).catch((error: unknown) => (databaseDown(res, error), undefined));
    if (stored === undefined) return;
    if (!stored) return sendProblem(res, 404, 'not-found');
    const review: TicketReview =
      now() >= stored.reviewAt.getTime()
        ? { id, status: 'reviewed', verdict: stored.verdict, reviewedAt: stored.reviewAt.toISOString() }
        : { id, status: 'received' };
    sendJson(res, 200, review);
  }

  async function health(res: ServerResponse): Promise<void> {
    try {
      await db.query('SELECT 1');
      sendJson(res, 200, { status: 'ok', database: db.engine });
    } catch (error) {
      databaseDown(res, error);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (method === 'OPTIONS') return sendRaw(res, 204, 'text/plain', '');
    if (path === '/api/health') return method === 'GET' ? health(res) : notAllowed(res);
    if (path === '/api/tickets') return method === 'POST' ? postTicket(req, res) : notAllowed(res);
    const ticketPath = /^\/api\/tickets\/([^/]+)$/.exec(path);
    if (ticketPath?.[1]) return method === 'GET' ? getTicket(res, ticketPath[1]) : notAllowed(res);
    if (options.demo && (await routeDemo(req, res, url, controls, db))) return;
    sendProblem(res, 404, 'not-found');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = requestUrl(req);
    const path = url?.pathname ?? req.url ?? '';
    if (path !== INTAKE_BASE_PATH && !path.startsWith(`${INTAKE_BASE_PATH}/`)) return false;
    if (options.log) logRequest(req, res, path, options.log);
    // The app shows "demo intake" while it talks to one that says so.
    if (options.demo) res.setHeader(DEMO_INTAKE_HEADER, DEMO_INTAKE_VALUE);
    try {
      if (!url) sendProblem(res, 400, 'bad-url');
      else await route(req, res, url);
    } catch (error) {
      // A bug must cost one request, never the server.
      console.error('Intake failed on a request', error);
      if (!res.headersSent) sendProblem(res, 500, 'internal');
      else res.destroy();
    }
    return true;
  }

  async function reset(): Promise<void> {
    await clearTickets(db);
    controls.reset();
  }

  return { handle, reset };
}

function inProgress(res: ServerResponse): number {
  sendProblem(res, 409, 'in-progress', { headers: { 'Retry-After': '1' } });
  return 409;
}

function databaseDown(res: ServerResponse, error: unknown): number {
  console.error('Intake database unavailable:', error instanceof Error ? error.message : String(error));
  return sendUnavailable(res);
}

function notAllowed(res: ServerResponse): void {
  sendProblem(res, 405, 'method-not-allowed', { headers: { Allow: 'GET, POST, OPTIONS' } });
}
