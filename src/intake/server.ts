// The reference intake on its own HTTP server: for tests, the benchmark, and `npm run intake`.
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createDemoIntake, type DemoIntake, type DemoIntakeOptions } from './intake';

export type RunningIntake = { url: string; intake: DemoIntake; close(): Promise<void> };

/** Starts the demo intake; port 0 picks a free port (the answer's url says which). */
export async function startIntakeServer(options: DemoIntakeOptions & { port?: number; host?: string } = {}): Promise<RunningIntake> {
  const intake = createDemoIntake(options);
  const server: Server = createServer((req, res) => {
    void intake.handle(req, res).then((handled) => {
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
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    intake,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// `npm run intake`: the intake alone, e.g. for an app built with VITE_INTAKE_URL=http://127.0.0.1:8787/api.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8787);
  const reviewDelayMs = process.env.INTAKE_REVIEW_DELAY_MS ? Number(process.env.INTAKE_REVIEW_DELAY_MS) : undefined;
  const running = await startIntakeServer({ port, host: process.env.HOST ?? '127.0.0.1', reviewDelayMs });
  console.warn(`Demo intake listening on ${running.url}/api (in-memory: a restart forgets every ticket)`);
}
