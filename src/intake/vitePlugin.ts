// Mounts the intake on Vite's dev and preview servers, so `npm start` serves the app and the intake together.
// The database engine is loaded when a dev or preview server starts, never by the build itself.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

type Next = (error?: unknown) => void;
type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
type Started = { handle: Handle; close(): Promise<void> };

async function start(): Promise<Started> {
  const [{ databaseSettingsFromEnv, openDatabase }, { startIntake, serviceOptionsFromEnv }, { logToStdout }] = await Promise.all([
    import('./database'),
    import('./service'),
    import('./requestLog'),
  ]);
  const db = await openDatabase(databaseSettingsFromEnv());
  const service = await startIntake(db, { ...serviceOptionsFromEnv(), log: logToStdout });
  return {
    handle: service.intake.handle,
    close: async () => {
      service.stop();
      await db.close();
    },
  };
}

function isIntakePath(url: string | undefined): boolean {
  return url === '/api' || (url ?? '').startsWith('/api/') || (url ?? '').startsWith('/api?');
}

function middleware(onClose: (close: () => Promise<void>) => void): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  let started: Promise<Started> | null = null;
  return (req, res, next) => {
    if (!isIntakePath(req.url)) return next();
    if (!started) {
      started = start();
      started.then(
        (intake) => onClose(intake.close),
        () => undefined,
      );
    }
    started.then(
      (intake) => intake.handle(req, res).then((handled) => (handled ? undefined : next()), next),
      (error: unknown) => {
        console.error('The intake could not start:', error);
        started = null;
        res.writeHead(503, { 'Content-Type': 'application/problem+json', 'Retry-After': '5' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'The intake is starting', status: 503, error: 'unavailable' }));
      },
    );
  };
}

export function demoIntakePlugin(): Plugin {
  const mount = (server: {
    middlewares: { use(handler: ReturnType<typeof middleware>): void };
    httpServer: { once(event: 'close', listener: () => void): unknown } | null;
  }): void => {
    server.middlewares.use(
      middleware((close) => {
        server.httpServer?.once('close', () => void close());
      }),
    );
  };
  return {
    name: 'intake',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
