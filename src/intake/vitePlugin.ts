// Mounts the reference intake on Vite's dev and preview servers, so `npm start` serves the app and the intake together.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { createDemoIntake } from './intake';

type Next = (error?: unknown) => void;

function middleware(): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  // One intake per server process: in-memory, reset when the server restarts.
  const intake = createDemoIntake({
    reviewDelayMs: process.env.INTAKE_REVIEW_DELAY_MS ? Number(process.env.INTAKE_REVIEW_DELAY_MS) : undefined,
  });
  return (req, res, next) => {
    intake.handle(req, res).then((handled) => {
      if (!handled) next();
    }, next);
  };
}

export function demoIntakePlugin(): Plugin {
  return {
    name: 'demo-intake',
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
  };
}
