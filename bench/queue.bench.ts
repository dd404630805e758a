// npm run bench:queue — 500 tickets queued offline, then the network returns: how long until the intake has them all?
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium';

// The demo endpoints count what arrived; the bench's intake has its own database.
process.env.INTAKE_DEMO ??= '1';
process.env.INTAKE_DATA_DIR ??= '.data/intake-bench';

const TICKETS = 500;
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const OUT_DIR = 'dist-bench';
const BASE = `http://localhost:${PORT}`;

type DemoCase = {
  requester: { phone: string };
  correctImeis: string[];
  registeredImeis: string[];
  slotChecks: boolean[];
  description: string;
};

function queuedTickets(count: number): unknown[] {
  const [demoCase] = (JSON.parse(readFileSync('src/intake/demo-registry.json', 'utf8')) as { cases: DemoCase[] }).cases;
  if (!demoCase) throw new Error('the demo registry has no cases');
  const at = new Date().toISOString();
  return Array.from({ length: count }, () => ({
    id: randomUUID(),
    subject: 'imei-mismatch',
    requester: demoCase.requester,
    correctImeis: demoCase.correctImeis,
    registeredImeis: demoCase.registeredImeis,
    description: demoCase.description,
    slotChecks: demoCase.slotChecks,
    createdAt: at,
    status: 'queued',
    history: [
      { at, status: 'ready-to-send' },
      { at, status: 'queued', detail: 'submitted' },
    ],
  }));
}

async function intakeStats(): Promise<{ posts: number; ids: number; tickets: number }> {
  const response = await fetch(`${BASE}/api/__demo/stats`);
  return (await response.json()) as { posts: number; ids: number; tickets: number };
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR } });
  const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    await fetch(`${BASE}/api/__demo/reset`, { method: 'POST' });
    // The verdicts are not what is measured: keep the reviewer quiet.
    await fetch(`${BASE}/api/__demo/config`, { method: 'POST', body: JSON.stringify({ reviewDelayMs: 3_600_000 }) });
    const context = await browser.newContext({ baseURL: BASE, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto('/problems?lang=en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(null), { once: true }));
      }
    });
    await context.setOffline(true);

    // 500 tickets in the outbox, as Submit leaves them; the app hands them to the worker when it starts.
    await page.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('imei-assistant');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('tickets', 'readwrite');
        for (const row of rows) transaction.objectStore('tickets').put(row);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }, queuedTickets(TICKETS));
    await page.reload();

    const queuedInWorker = (): Promise<number> =>
      page.evaluate(async () => {
        const worker = (await navigator.serviceWorker.ready).active;
        if (!worker) return 0;
        const channel = new MessageChannel();
        const answer = new Promise<{ waiting?: unknown[] }>((resolve) => {
          channel.port1.onmessage = (event: MessageEvent<{ waiting?: unknown[] }>) => resolve(event.data);
        });
        worker.postMessage({ type: 'queue-state' }, [channel.port2]);
        return (await answer).waiting?.length ?? 0;
      });
    if (!(await until(async () => (await queuedInWorker()) === TICKETS, 60_000))) {
      throw new Error(`the worker queued only ${await queuedInWorker()} of ${TICKETS} tickets`);
    }

    const started = performance.now();
    await context.setOffline(false);
    const flushed = await until(async () => (await intakeStats()).tickets >= TICKETS, 120_000);
    const flushSeconds = (performance.now() - started) / 1000;
    const sentOnDevice = (): Promise<number> =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('imei-assistant');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const rows = await new Promise<Array<{ status?: string }>>((resolve, reject) => {
          const request = db.transaction('tickets').objectStore('tickets').getAll();
          request.onsuccess = () => resolve(request.result as Array<{ status?: string }>);
          request.onerror = () => reject(request.error);
        });
        db.close();
        return rows.filter((row) => row.status === 'sent' || row.status === 'reviewed').length;
      });
    await until(async () => (await sentOnDevice()) >= TICKETS, 60_000);
    const shownSeconds = (performance.now() - started) / 1000;
    const stats = await intakeStats();

    console.warn(`queue flush: ${TICKETS} tickets queued offline, then the network returned`);
    console.warn(
      `  seconds until the intake had them all: ${flushed ? flushSeconds.toFixed(2) : `not within 120 s (${flushSeconds.toFixed(0)} s)`}`,
    );
    console.warn(
      `  tickets the intake received:           ${stats.tickets} (POSTs: ${stats.posts}, duplicates: ${stats.posts - stats.tickets})`,
    );
    console.warn(`  seconds until all ${TICKETS} showed "sent":   ${shownSeconds.toFixed(2)} (${await sentOnDevice()} on the device)`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(OUT_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
