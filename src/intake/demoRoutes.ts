// The demo's endpoints under /api/__demo (faults, chaos, config, reset, stats) and the answers its faults give.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Database } from './database';
import { chaosSchema, DEMO_REJECTION, demoConfigSchema, faultSchema, type DemoControls, type Fault } from './demoControls';
import { parseJson, readBody, sendJson, sendRaw } from './http';
import { sendProblem, sendValidation } from './problem';
import { issuesOf } from './submission';
import { clearTickets, countTickets, findTicket } from './tickets';

let hugeBody: Buffer | null = null;

/** Answers a POST the way the pending fault says; returns the status counted for it (0: no answer at all). */
export function answerFault(res: ServerResponse, fault: Fault): number {
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
      res.socket?.destroy();
      return 0;
    case 'status':
      if (fault.status === 400) return sendValidation(res, fault.issues ?? DEMO_REJECTION);
      sendProblem(res, fault.status, 'unavailable', { headers: fault.status === 503 ? { 'Retry-After': '1' } : {} });
      return fault.status;
  }
}

async function readControl<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>): Promise<T | null> {
  const body = await readBody(req);
  if (!body.ok) {
    sendProblem(res, 413, 'too-large');
    return null;
  }
  const json = parseJson(body.text || '{}');
  const parsed = schema.safeParse(json.ok ? json.value : undefined);
  if (!parsed.success) {
    sendValidation(res, issuesOf(parsed.error));
    return null;
  }
  return parsed.data;
}

/** Answers a request to /api/__demo/…; resolves false for any other path. */
export async function routeDemo(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  controls: DemoControls,
  db: Database,
): Promise<boolean> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  switch (route) {
    case 'POST /api/__demo/faults': {
      const fault = await readControl(req, res, faultSchema);
      if (fault) {
        controls.setFault(fault);
        sendJson(res, 200, { ok: true });
      }
      return true;
    }
    case 'POST /api/__demo/chaos': {
      const chaos = await readControl(req, res, chaosSchema);
      if (chaos) {
        controls.setChaos(chaos);
        sendJson(res, 200, { ok: true });
      }
      return true;
    }
    case 'POST /api/__demo/config': {
      const config = await readControl(req, res, demoConfigSchema);
      if (config) {
        controls.reviewDelayMs = config.reviewDelayMs;
        sendJson(res, 200, { ok: true });
      }
      return true;
    }
    case 'POST /api/__demo/reset':
      await clearTickets(db);
      controls.reset();
      sendJson(res, 200, { ok: true });
      return true;
    case 'GET /api/__demo/stats': {
      const id = url.searchParams.get('id');
      if (id) {
        const received = z.uuid().safeParse(id).success && (await findTicket(db, id)) !== null;
        sendJson(res, 200, { ...controls.statsFor(id), received });
      } else {
        sendJson(res, 200, { ...controls.totals(), tickets: await countTickets(db) });
      }
      return true;
    }
    default:
      return false;
  }
}
