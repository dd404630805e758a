// One structured log line per request: method, route, status, duration; never a ticket's content or a client address.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type LogLine = { time: string; method: string; route: string; status: number; ms: number };
export type Log = (line: LogLine) => void;

/** One JSON object per line on stdout, the format log collectors read. */
export function logToStdout(line: LogLine | Record<string, string>): void {
  process.stdout.write(`${JSON.stringify('time' in line ? line : { time: new Date().toISOString(), ...line })}\n`);
}

/** The route, not the path: a ticket id or a query string never reaches the log. */
export function routeOf(path: string): string {
  if (/^\/api\/tickets\/[^/]+$/.test(path)) return '/api/tickets/:id';
  return /^\/api(\/[\w-]+)*\/?$/.test(path) && path.length <= 64 ? path : '/api/…';
}

/** Writes the line when the answer has been sent, or when the client went away first (status 0). */
export function logRequest(req: IncomingMessage, res: ServerResponse, path: string, log: Log): void {
  const started = performance.now();
  let written = false;
  const write = (status: number): void => {
    if (written) return;
    written = true;
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log({ time: new Date().toISOString(), method: req.method ?? 'GET', route: routeOf(path), status, ms });
  };
  res.once('finish', () => write(res.statusCode));
  res.once('close', () => write(res.writableFinished ? res.statusCode : 0));
}
