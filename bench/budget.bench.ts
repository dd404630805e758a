// npm run bench — the app built as `npm start` builds it, measured against its budgets; exits 1 over budget.
import { chromium, type BrowserContext } from '@playwright/test';
import { build, preview } from 'vite';
import { measureKeystrokes } from './budget/keystrokes';
import { lighthouseScreens } from './budget/lighthouse';
import { measureOfflineReload } from './budget/reload';
import { measureBuild } from './budget/sizes';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium';

const PORT = Number(process.env.BENCH_PORT ?? 4192);
// Lighthouse drives its Chromium through this port.
const DEBUG_PORT = Number(process.env.BENCH_DEBUG_PORT ?? PORT + 10_000);
const OUT_DIR = 'dist-bench';
const BASE = `http://localhost:${PORT}`;
const KB = 1000;

type Row = { figure: string; measured: string; budget: string; over: boolean };

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} kB`;
const ms = (value: number): string => `${Math.round(value)} ms`;
const span = ([low, high]: [number, number]): string => `${Math.round(low)}–${Math.round(high)} ms`;

/** A fresh draft in this browser's profile: the wizard's address. */
async function makeDraft(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${BASE}/problems?lang=en`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/\/problems\/drafts\//);
  const path = new URL(page.url()).pathname;
  await page.close();
  return path;
}

function printTable(rows: Row[]): void {
  const widths = [0, 1, 2].map((column) =>
    Math.max(
      ...rows.map((row) => [row.figure, row.measured, row.budget][column]?.length ?? 0),
      ['figure', 'measured', 'budget'][column]?.length ?? 0,
    ),
  );
  const line = (cells: string[]): string => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  console.log(line(['figure', 'measured', 'budget', '']));
  for (const row of rows) console.log(line([row.figure, row.measured, row.budget, row.over ? 'OVER BUDGET' : 'ok']));
}

async function main(): Promise<void> {
  // As `npm start` builds it: a production build with the environment's VITE_ variables.
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR } });
  const sizes = measureBuild(OUT_DIR);
  const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const rows: Row[] = [];
  try {
    const reload = await measureOfflineReload(browser, BASE);
    const keystrokes = await measureKeystrokes(browser, BASE);
    await browser.close();
    const scores = await lighthouseScreens(BASE, CHROMIUM_PATH, DEBUG_PORT, makeDraft);

    rows.push({
      figure: `first-load JavaScript, gzipped (${sizes.firstLoadFiles.map((file) => kb(file.gzipBytes)).join(' + ')})`,
      measured: kb(sizes.firstLoadGzipBytes),
      budget: '≤ 50 kB',
      over: sizes.firstLoadGzipBytes > 50 * KB,
    });
    rows.push({
      figure: 'service worker, gzipped',
      measured: kb(sizes.workerGzipBytes),
      budget: '≤ 15 kB',
      over: sizes.workerGzipBytes > 15 * KB,
    });
    rows.push({
      figure: `precached on every device (${sizes.precacheFiles} files; kiosk mode and the barcode reader, ${kb(sizes.firstUseBytes)}, only where used)`,
      measured: kb(sizes.precacheBytes),
      budget: '≤ 450 kB',
      over: sizes.precacheBytes > 450 * KB,
    });
    rows.push({
      figure: `offline reload to interactive, 4× CPU slowdown (app ${ms(reload.appMs)}, middle half ${span(reload.appMiddleHalf)} / bare page ${ms(reload.bareMs)}, ${span(reload.bareMiddleHalf)}; medians of ${reload.runs})`,
      measured: `${reload.ratio.toFixed(2)}×`,
      budget: '≤ 1.5×',
      over: reload.ratio > 1.5,
    });
    // 300 ms: the autosave's promise, that a keystroke is stored before a killed tab loses it.
    rows.push({
      figure: `keystroke to IndexedDB, median (${keystrokes.keys} keys)`,
      measured: ms(keystrokes.medianMs),
      budget: '—',
      over: false,
    });
    rows.push({ figure: 'keystroke to IndexedDB, p95', measured: ms(keystrokes.p95Ms), budget: '≤ 300 ms', over: keystrokes.p95Ms > 300 });
    for (const score of scores) {
      rows.push({
        figure: `Lighthouse performance, ${score.screen}: median of ${score.performanceRuns.join(', ')} (its total blocking time ${ms(score.totalBlockingMs)})`,
        measured: String(score.performance),
        budget: '100',
        over: score.performance < 100,
      });
      rows.push({
        figure: `Lighthouse best practices, ${score.screen}`,
        measured: String(score.bestPractices),
        budget: '100',
        over: score.bestPractices < 100,
      });
      rows.push({
        figure: `Lighthouse accessibility, ${score.screen}`,
        measured: String(score.accessibility),
        budget: '100',
        over: score.accessibility < 100,
      });
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  printTable(rows);
  const over = rows.filter((row) => row.over);
  console.log(over.length === 0 ? '\nEvery figure is within budget.' : `\n${over.length} of ${rows.length} figures are over budget.`);
  process.exitCode = over.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
