// The app built with VITE_INTAKE_URL=off, served as static files: Submit sends nothing, keeps the ticket "ready to file on Hamta" and opens the hand-off.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { clipboardText } from './hamta-journey';
import { demoCase, fileTicket, ticketStatus } from './queue-journey';

// Its own build folder and port, next to the main run's (E2E_PORT + 1 unless E2E_OFF_PORT says otherwise).
const PORT = Number(process.env.E2E_OFF_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const OUT_DIR = `${process.env.E2E_OUT_DIR ?? 'dist'}-no-intake`;
const BASE = `http://localhost:${PORT}`;
const env = { ...process.env, VITE_INTAKE_URL: 'off', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

let preview: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR], { env, stdio: 'ignore' });
  preview = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  // Wait until the preview answers.
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(BASE)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  // The preview was started in its own process group: end that group only.
  if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
});

test.use({ baseURL: BASE });

test('with no intake, Submit sends nothing: the ticket waits to be filed on Hamta, and the hand-off works', async ({ page, context }) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== BASE || url.pathname.startsWith('/api') || request.method() !== 'GET') sent.push(`${request.method()} ${url.href}`);
  });

  await page.goto('/problems?lang=en');
  // The header says where tickets go.
  await expect(page.getByRole('banner')).toContainText('Tickets stay on this device');

  const ticket = demoCase('approved');
  await fileTicket(page, ticket);
  await expect(page).toHaveURL(/\/problems\/tickets\/[^/]+\/hamta/);
  await expect(page.getByRole('heading', { level: 1, name: 'File on Hamta' })).toBeVisible();
  await expect(ticketStatus(page)).toHaveText('Status: ready to file on Hamta');

  await page.getByRole('button', { name: 'Copy Correct IMEI 2', exact: true }).click();
  expect(await clipboardText(page)).toBe(ticket.correctImeis[1]);
  await page.getByLabel("Record Hamta's answer", { exact: true }).fill('درخواست شما بررسی و تایید گردید');
  await expect(ticketStatus(page)).toHaveText('Status: reviewed');
  await expect(page.getByText('Done: Hamta corrected the IMEIs of this ticket.', { exact: false })).toBeVisible();

  // Nothing left the device: no POST, no request to an intake, nothing to another origin.
  expect(sent).toEqual([]);
});
