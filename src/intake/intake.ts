// The reference intake: the ticket endpoints of the intake contract, judged by the layer-zero rules over the demo registry.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { judge } from '../domain/judge';
import { demoRegistrySchema, type Registry } from '../domain/registry';
import { fieldIssuesOf, ticketSubmissionSchema, type FieldIssue, type TicketReceipt, type TicketReview } from '../domain/schemas';
import type { VerdictId } from '../domain/verdicts';
import demoRegistryJson from './demo-registry.json';
import { DEMO_REJECTION, DemoControls, demoConfigSchema, faultSchema, type Fault } from './demoControls';
import { parseJson, readBody, requestUrl, sendJson, sendRaw } from './http';

/** Where the intake answers; everything else goes to the next handler (the app). */
const INTAKE_BASE_PATH = '/api';
/** 2 s: long enough to see "sent" before "reviewed", short enough for a demo. */
const DEFAULT_REVIEW_DELAY_MS = 2_000;
/** In-memory state: a cap keeps a hostile client from filling the memory. */
const MAX_TICKETS = 50_000;

export type DemoIntakeOptions = {
  registry?: Registry;
  reviewDelayMs?: number;
  now?: () => number;
};

export type DemoIntake = {
  /** Answers a request under /api; resolves false when the path is not the intake's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Forgets every ticket, count and fault, as a restart does. */
  reset(): void;
};

type StoredTicket = { receipt: TicketReceipt; verdict: VerdictId; reviewAt: number };

const uuidSchema = z.uuid();

/** The demo registry shipped with the app, checked against its schema. */
export function loadDemoRegistry(): Registry {
  return demoRegistrySchema.parse(demoRegistryJson);
}

/** At most 50: an answer about a huge bad body stays small. */
function issuesOf(error: z.ZodError): FieldIssue[] {
  return fieldIssuesOf(error).slice(0, 50);
}

function validationError(res: ServerResponse, issues: FieldIssue[]): number {
  sendJson(res, 400, { error: 'validation', issues });
  return 400;
}

export function createDemoIntake(options: DemoIntakeOptions = {}): DemoIntake {
  const registry = options.registry ?? loadDemoRegistry();
  const now = options.now ?? Date.now;
  const defaultDelay = options.reviewDelayMs ?? DEFAULT_REVIEW_DELAY_MS;
  let reviewDelayMs = defaultDelay;
  const tickets = new Map<string, StoredTicket>();
  const controls = new DemoControls();
  let hugeBody: Buffer | null = null;

  function answerFault(res: ServerResponse, fault: Fault): number {
    switch (fault.respond) {
      case 'html':
        sendRaw(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Blocked</title><h1>Access denied</h1>');
        return 200;
      case 'huge':
        // 10 MB: far beyond any receipt; the app must stop reading, not hang or run out of memory.
        hugeBody ??= Buffer.alloc(10 * 1024 * 1024, 0x20);
        sendRaw(res, 200, 'application/json', hugeBody);
        return 200;
      case 'wrong-schema':
        sendJson(res, 201, { ok: true, ticket: 'accepted' });
        return 201;
      case 'redirect':
        sendRaw(res, 302, 'text/plain', 'Moved', { Location: '/blocked' });
        return 302;
      case 'drop':
        // Counted as 0: no HTTP answer at all.
        res.socket?.destroy();
        return 0;
      case 'status':
        if (fault.status === 400) return validationError(res, fault.issues ?? DEMO_REJECTION);
        sendJson(res, fault.status, { error: 'unavailable' }, fault.status === 503 ? { 'Retry-After': '1' } : {});
        return fault.status;
    }
  }

  async function postTicket(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const keyHeader = req.headers['idempotency-key'];
    const key = typeof keyHeader === 'string' && keyHeader.length <= 100 ? keyHeader : null;
    const body = await readBody(req);
    if (!body.ok) {
      if (body.reason === 'aborted') return void res.destroy();
      controls.countPost(key, 413);
      return sendJson(res, 413, { error: 'too-large' }, { Connection: 'close' });
    }
    const json = parseJson(body.text);
    const bodyId = json.ok && typeof (json.value as { id?: unknown } | null)?.id === 'string' ? (json.value as { id: string }).id : null;
    const countedId = key ?? bodyId;
    const fault = controls.takeFault();
    if (fault) return controls.countPost(countedId, answerFault(res, fault));
    controls.countPost(countedId, answerSubmission(res, json, key));
  }

  function answerSubmission(res: ServerResponse, json: ReturnType<typeof parseJson>, key: string | null): number {
    if (!json.ok) return validationError(res, [{ path: [], message: 'invalid-json' }]);
    const parsed = ticketSubmissionSchema.safeParse(json.value);
    if (!parsed.success) return validationError(res, issuesOf(parsed.error));
    const submission = parsed.data;
    if (key !== null && key !== submission.id) {
      return validationError(res, [{ path: ['id'], message: 'idempotency-key-mismatch' }]);
    }
    const existing = tickets.get(submission.id);
    if (existing) {
      // The same id again: the first answer, and nothing new is created.
      sendJson(res, 200, existing.receipt);
      return 200;
    }
    if (tickets.size >= MAX_TICKETS) {
      sendJson(res, 503, { error: 'full' }, { 'Retry-After': '60' });
      return 503;
    }
    const receivedAt = now();
    const receipt: TicketReceipt = { id: submission.id, status: 'received', receivedAt: new Date(receivedAt).toISOString() };
    tickets.set(submission.id, { receipt, verdict: judge(submission, registry), reviewAt: receivedAt + reviewDelayMs });
    sendJson(res, 201, receipt);
    return 201;
  }

  function getTicket(res: ServerResponse, rawId: string): void {
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      id = '';
    }
    if (!uuidSchema.safeParse(id).success) return void validationError(res, [{ path: ['id'], message: 'invalid-id' }]);
    const stored = tickets.get(id);
    if (!stored) return sendJson(res, 404, { error: 'not-found' });
    const review: TicketReview =
      now() >= stored.reviewAt
        ? { id, status: 'reviewed', verdict: stored.verdict, reviewedAt: new Date(stored.reviewAt).toISOString() }
        : { id, status: 'received' };
    sendJson(res, 200, review);
  }

  async function readControl<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>): Promise<T | null> {
    const body = await readBody(req);
    if (!body.ok) {
      sendJson(res, 413, { error: 'too-large' });
      return null;
    }
    const json = parseJson(body.text || '{}');
    const parsed = schema.safeParse(json.ok ? json.value : undefined);
    if (!parsed.success) {
      validationError(res, issuesOf(parsed.error));
      return null;
    }
    return parsed.data;
  }

  function reset(): void {
    tickets.clear();
    controls.reset();
    reviewDelayMs = defaultDelay;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (method === 'OPTIONS') return sendRaw(res, 204, 'text/plain', '');
    if (path === '/api/tickets') return method === 'POST' ? postTicket(req, res) : notAllowed(res);
    const ticketPath = /^\/api\/tickets\/([^/]+)$/.exec(path);
    if (ticketPath?.[1]) return method === 'GET' ? getTicket(res, ticketPath[1]) : notAllowed(res);
    // Test controls: only this demo intake has them.
    if (path === '/api/__demo/faults' && method === 'POST') {
      const fault = await readControl(req, res, faultSchema);
      if (fault) {
        controls.setFault(fault);
        sendJson(res, 200, { ok: true });
      }
      return;
    }
    if (path === '/api/__demo/config' && method === 'POST') {
      const config = await readControl(req, res, demoConfigSchema);
      if (config) {
        reviewDelayMs = config.reviewDelayMs;
        sendJson(res, 200, { ok: true });
      }
      return;
    }
    if (path === '/api/__demo/reset' && method === 'POST') {
      reset();
      return sendJson(res, 200, { ok: true });
    }
    if (path === '/api/__demo/stats' && method === 'GET') {
      const id = url.searchParams.get('id');
      if (id !== null) return sendJson(res, 200, { ...controls.statsFor(id), received: tickets.has(id) });
      return sendJson(res, 200, { ...controls.totals(), tickets: tickets.size });
    }
    sendJson(res, 404, { error: 'not-found' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = requestUrl(req);
    const path = url?.pathname ?? req.url ?? '';
    if (path !== INTAKE_BASE_PATH && !path.startsWith(`${INTAKE_BASE_PATH}/`)) return false;
    try {
      if (!url) sendJson(res, 400, { error: 'bad-url' });
      else await route(req, res, url);
    } catch (error) {
      // A bug must cost one request, never the server.
      console.error('Demo intake failed on a request', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      else res.destroy();
    }
    return true;
  }

  return { handle, reset };
}

function notAllowed(res: ServerResponse): void {
  sendJson(res, 405, { error: 'method-not-allowed' }, { Allow: 'GET, POST, OPTIONS' });
}
