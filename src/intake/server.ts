// The intake on its own HTTP server: `npm run intake`, the tests and the benchmark; stops gracefully on SIGTERM.
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { databaseSettingsFromEnv, openDatabase, type Database } from './database';
import type { Intake } from './intake';
import { logToStdout } from './requestLog';
import { serviceOptionsFromEnv, startIntake, type ServiceOptions } from './service';

export type RunningIntake = {
  url: string;
  intake: Intake;
  /** Stops accepting, lets requests in flight finish, then resolves (the database is the caller's to close). */
  close(): Promise<void>;
};

/** 10 s: a request still running after that is cut off so the process can stop. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Starts the intake over `db`; port 0 picks a free port (the answer's url says which). */
export async function startIntakeServer(
  db: Database,
  options: ServiceOptions & { port?: number; host?: string } = {},
): Promise<RunningIntake> {
  const service = await startIntake(db, options);
  const server: Server = createServer((req, res) => {
    void service.intake.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('Not the intake');
      }
    });
  });
  // A slow or stalled client is cut off instead of holding a socket for ever.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // 2,048 waiting connections: a burst of phones coming back online is not turned away at the door (Node's default is 511).
    server.listen({ port: options.port ?? 0, host, backlog: 2_048 }, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    intake: service.intake,
    close: () =>
      new Promise<void>((resolve) => {
        service.stop();
        const cutOff = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

// `npm run intake`: the intake alone, e.g. for an app built with VITE_INTAKE_URL=http://127.0.0.1:8787/api.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const settings = databaseSettingsFromEnv();
  const db = await openDatabase(settings);
  const port = Number(process.env.PORT ?? 8787);
  const running = await startIntakeServer(db, {
    ...serviceOptionsFromEnv(),
    log: logToStdout,
    port,
    host: process.env.HOST ?? '127.0.0.1',
  });
  // A JSON line like the request log's: scripts (and the crash test) read the address from it.
  logToStdout({ event: 'listening', url: `${running.url}/api`, database: db.engine });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logToStdout({ event: 'stopping', signal });
    void running
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
