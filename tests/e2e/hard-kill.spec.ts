// Typing into the wizard while the whole browser is killed (SIGKILL) at random moments: what was typed is there on reopening.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { dumpStorage } from './kiosk-storage';
import { demoCase, fileTicket } from './queue-journey';
import { DESCRIPTION_MAX } from '../../src/domain/limits';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

const KILLS = 30;
/** The autosave's promise: a character typed this long before the browser dies is stored. */
const DURABLE_AFTER_MS = 300;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

// The browser is killed under the test's feet: there is no trace to keep of it.
test.use({ trace: 'off' });

type Running = { process: ChildProcess; browser: Browser; page: Page };

/** A real Chromium on a persistent profile, in its own process group so a kill takes every process of it. */
async function startChromium(profile: string): Promise<Running> {
  const child = spawn(
    CHROMIUM_PATH,
    ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited:\n${output}`)));
  });
  child.stderr?.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** SIGKILL to the whole process group: no unload, no pagehide, no chance to flush anything. */
async function killChromium(running: Running): Promise<number> {
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  const at = Date.now();
  if (running.process.pid) process.kill(-running.process.pid, 'SIGKILL');
  await exited;
  return at;
}

/** From a new draft to its description step, the way a user goes. */
async function openDescriptionStep(page: Page, baseURL: string): Promise<string> {
  const ticket = demoCase('approved');
  await page.goto(`${baseURL}/problems?lang=en`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/\/problems\/drafts\//);
  const next = async (): Promise<void> => {
    const stepOf = page.getByText(/^Step \d+ of \d+$/);
    const before = (await stepOf.textContent()) ?? '';
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(stepOf).not.toHaveText(before);
  };
  await next();
  await next();
  await page.getByLabel('Correct IMEI 1', { exact: true }).fill(ticket.correctImeis[0] ?? '');
  await page.getByLabel('Correct IMEI 2', { exact: true }).fill(ticket.correctImeis[1] ?? '');
  await page.getByLabel('Phone number', { exact: true }).fill(ticket.requester.phone);
  await next();
  await page.getByLabel('Hamta IMEI 1', { exact: true }).fill(ticket.registeredImeis[0] ?? '');
  await page.getByLabel('Hamta IMEI 2', { exact: true }).fill(ticket.registeredImeis[1] ?? '');
  await next();
  await next();
  await expect(page.getByRole('heading', { level: 2, name: 'Description' })).toBeVisible();
  return page.url();
}

test('30 hard kills while typing: every character typed 300 ms before a kill is there after reopening', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'hard-kill-'));
  let typed = '';
  let durable = '';
  let charactersTyped = 0;
  /** Characters typed more than DURABLE_AFTER_MS before a kill, each counted in the round it was typed. */
  let charactersDurable = 0;
  let running = await startChromium(profile);
  try {
    const draftUrl = await openDescriptionStep(running.page, baseURL ?? '');
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const box = running.page.getByLabel('Description', { exact: true });
      // The description holds DESCRIPTION_MAX characters: past half of it the user clears it and starts again once
      // the empty text is stored (a fast machine types a few hundred characters between two kills).
      if (typed.length > DESCRIPTION_MAX / 2) {
        await box.fill('');
        await running.page.waitForTimeout(DURABLE_AFTER_MS);
        await expect(running.page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
        typed = '';
        durable = '';
      }
      await box.focus();
      await box.press('End');
      const roundStart = typed.length;
      // Type at a person's pace until the browser dies at a random moment 0.2–1.5 s from now.
      const killAfterMs = 200 + Math.random() * 1300;
      const typedAt: Array<{ text: string; at: number }> = [];
      const killing = new Promise<number>((resolve) => setTimeout(() => resolve(killChromium(running)), killAfterMs));
      let dead = false;
      void killing.then(() => (dead = true));
      // A key whose press was cut short by the kill may still have reached the page (its keydown did, its keyup not).
      let cutShort = '';
      while (!dead && typed.length < DESCRIPTION_MAX) {
        const letter = LETTERS.charAt(Math.floor(Math.random() * LETTERS.length));
        try {
          await running.page.keyboard.press(letter);
        } catch {
          cutShort = letter;
          break;
        }
        typed += letter;
        charactersTyped += 1;
        typedAt.push({ text: typed, at: Date.now() });
      }
      const killedAt = await killing;
      const durableNow = typedAt.filter((entry) => entry.at <= killedAt - DURABLE_AFTER_MS).at(-1)?.text;
      if (durableNow !== undefined) {
        durable = durableNow;
        charactersDurable += durableNow.length - roundStart;
      }
      await running.browser.close().catch(() => undefined);

      running = await startChromium(profile);
      await running.page.goto(draftUrl);
      const box2 = running.page.getByLabel('Description', { exact: true });
      await expect(box2).toBeVisible();
      const stored = await box2.inputValue();
      expect(stored.startsWith(durable), `after kill ${kill}: "${stored}" lacks "${durable}"`).toBe(true);
      const reached = typed + cutShort;
      expect(reached.startsWith(stored), `after kill ${kill}: "${stored}" is not what was typed, "${reached}"`).toBe(true);
      // The user goes on from what the page shows.
      typed = stored;
    }
    const figure = `${KILLS} hard kills: ${charactersTyped} characters typed, the ${charactersDurable} typed more than ${DURABLE_AFTER_MS} ms before a kill all kept`;
    test.info().annotations.push({ type: 'hard kills', description: figure });
    process.stdout.write(`${figure}\n`);
  } finally {
    await killChromium(running).catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});

/** A crash copy, as the origin private file system holds it ('' while there is none). */
async function crashCopy(page: Page, folderName: string, id: string): Promise<string> {
  return (await dumpStorage(page)).find((stored) => stored.where === `opfs:/${folderName}/${id}.json`)?.text ?? '';
}

/** Garbles every file of the origin's IndexedDB on disk, as a write torn by a crash can: Chromium then deletes the database. */
function damageIndexedDb(profile: string, baseURL: string): void {
  const { hostname, port } = new URL(baseURL);
  const folder = join(profile, 'Default', 'IndexedDB', `http_${hostname}_${port}.indexeddb.leveldb`);
  const files = readdirSync(folder).filter((name) => /\.(log|ldb)$|^MANIFEST-/.test(name));
  expect(files.length, `no LevelDB files in ${folder}`).toBeGreaterThan(0);
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    for (let at = 0; at < bytes.length; at += 7) bytes[at] = (bytes[at] ?? 0) ^ 0x5a;
    writeFileSync(join(folder, name), bytes);
  }
}

test('a ticket, a draft and a device come back when the browser deletes its damaged database after a crash', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'damaged-db-'));
  let running = await startChromium(profile);
  try {
    await running.page.goto(`${baseURL}/devices/new?lang=en`);
    await running.page.getByLabel('Nickname').fill('Work phone');
    await running.page.getByLabel('Hamta IMEI 1').fill('356938035643809');
    await running.page.getByLabel('Correct IMEI 1').fill('356938035643809');
    await running.page.getByRole('button', { name: 'Save' }).click();
    await expect(running.page.getByText('Saved “Work phone”.')).toBeVisible();
    const draftUrl = await openDescriptionStep(running.page, baseURL ?? '');
    const words = 'SIM 2 shows no service since the phone was registered';
    await running.page.getByLabel('Description', { exact: true }).fill(words);
    await expect(running.page.getByText('Saved', { exact: true })).toBeVisible();
    // The ticket is filed last, with no reload after it: its copy is the one written as it was stored.
    const ticketId = await fileTicket(running.page, demoCase('approved'), undefined, baseURL);
    await expect(running.page.getByText(/^Status: /)).toBeVisible();
    await expect.poll(() => crashCopy(running.page, 'ticket-copies', ticketId)).toContain(`"id":"${ticketId}"`);
    await killChromium(running);
    await running.browser.close().catch(() => undefined);
    damageIndexedDb(profile, baseURL ?? '');

    running = await startChromium(profile);
    await running.page.goto(draftUrl);
    await expect(running.page.getByLabel('Description', { exact: true })).toHaveValue(words);
    // The user learns what happened, what came back, and where a backup would go.
    await expect(
      running.page
        .getByRole('alert')
        .filter({ hasText: '1 draft(s), 1 phone(s) and 1 ticket(s) were brought back from their automatic copies' }),
    ).toContainText('If you have a backup file, import it in Settings.');
    await running.page.getByRole('link', { name: 'Device management' }).first().click();
    await expect(running.page.getByRole('heading', { name: 'Work phone' })).toBeVisible();
    await running.page.goto(`${baseURL}/problems/tickets/${ticketId}?lang=en`);
    await expect(running.page.getByText(/^Status: /)).toBeVisible();
    await expect(running.page.getByText(demoCase('approved').description)).toBeVisible();
  } finally {
    await killChromium(running).catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a kiosk stays a kiosk when the browser deletes its damaged database after a crash', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'damaged-kiosk-'));
  let running = await startChromium(profile);
  try {
    await running.page.goto(`${baseURL}/?kiosk&lang=en`);
    await running.page.getByLabel('PIN').fill('2468');
    await running.page.getByRole('button', { name: 'Start kiosk' }).click();
    await expect(running.page.getByRole('button', { name: 'New customer' })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => crashCopy(running.page, 'settings-copies', 'app')).toContain('"enabled":true');
    await killChromium(running);
    await running.browser.close().catch(() => undefined);
    damageIndexedDb(profile, baseURL ?? '');

    running = await startChromium(profile);
    await running.page.goto(`${baseURL}/?lang=en`);
    // Without the settings' copy, the tablet would come back as a plain app, every screen and setting open.
    await expect(running.page.getByRole('button', { name: 'New customer' })).toBeVisible();
    await expect(running.page.getByRole('button', { name: 'Staff' })).toBeVisible();
  } finally {
    await killChromium(running).catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});
