// Offline reload to interactive under 4× CPU throttling, against a bare static page from the same worker cache.
import type { Browser, Page } from '@playwright/test';

/** 4×: Lighthouse's mobile throttling, roughly a mid-range phone. */
const CPU_SLOWDOWN = 4;

/** tsx keeps function names by calling `__name`, which the page does not have: functions passed to evaluate need it. */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';

/** Medians, and the middle half of each page's times (25th to 75th percentile): how much this machine's noise moved them. */
export type ReloadFigures = {
  appMs: number;
  bareMs: number;
  ratio: number;
  runs: number;
  appMiddleHalf: [number, number];
  bareMiddleHalf: [number, number];
};

/** How long the main thread must have been free of long tasks before the page counts as settled. */
const QUIET_MS = 1000;

/** What the page writes to its console once settled, before the time in ms. */
const SETTLED = 'bench-settled';

/**
 * Set before any script of the page runs: when the first screen's heading appears, and the end of every long task
 * (50 ms or more, as the browser reports them). Preact attaches a screen's handlers as it draws it. Once the main
 * thread has been quiet for QUIET_MS, the page writes the time to its console: the bench asks the page nothing while
 * it starts (an evaluation from the bench is script compiled and run on the page's main thread, in the middle of
 * what is measured).
 */
const RECORDER = `
  const bench = { heading: 0, longTaskEnd: 0 };
  new MutationObserver((_, observer) => {
    if (document.querySelector('#app h1')) { bench.heading = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.longTaskEnd = Math.max(bench.longTaskEnd, task.startTime + task.duration);
  }).observe({ type: 'longtask' });
  const settled = () => {
    const interactive = Math.max(bench.heading, bench.longTaskEnd);
    if (bench.heading > 0 && performance.now() - interactive >= ${QUIET_MS}) console.debug('${SETTLED}', interactive);
    else setTimeout(settled, 100);
  };
  setTimeout(settled, 100);
`;

/**
 * Time from navigation start until the app is interactive: its first screen drawn, and the last long task of its
 * start (the data layer opening) over, as Lighthouse's "time to interactive" counts it. Until then a tap may wait.
 */
async function appInteractiveMs(page: Page): Promise<number> {
  const settled = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(SETTLED), timeout: 60_000 });
  await page.reload({ waitUntil: 'commit' });
  return Number((await settled).text().slice(SETTLED.length + 1));
}

/** Time from navigation start until the bare page has loaded. */
async function bareLoadedMs(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'load' });
  const { type, ms } = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { type: document.contentType, ms: navigation?.loadEventEnd ?? performance.now() };
  });
  // The worker answers an address it does not hold with the app shell: then this would time the app itself.
  if (type !== 'text/plain') throw new Error(`the bare page came back as ${type}, not robots.txt from the precache`);
  return ms;
}

/** The value `share` of the way up the sorted values (nearest rank). */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

function middleHalf(values: number[]): [number, number] {
  return [percentile(values, 0.25), percentile(values, 0.75)];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

type OfflinePage = {
  page: Page;
  /** Slows this page's CPU down CPU_SLOWDOWN times, or lets it run at full speed again. */
  slowDown: (on: boolean) => Promise<unknown>;
  close: () => Promise<void>;
};

/**
 * A page at `path` in a browser context of its own, controlled by the app's worker (installed by a first visit), with
 * the network cut. A context of its own: pages of one context may share a renderer process, and a slowdown set on
 * each of two pages that share one slows that process down twice over.
 */
async function offlinePage(browser: Browser, base: string, path: string, recorder?: string): Promise<OfflinePage> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  const page = await context.newPage();
  if (recorder) await page.addInitScript({ content: recorder });
  await page.goto(`${base}/?lang=en`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  if (path !== '/?lang=en') await page.goto(`${base}${path}`);
  const cdp = await context.newCDPSession(page);
  await context.setOffline(true);
  return {
    page,
    slowDown: (on) => cdp.send('Emulation.setCPUThrottlingRate', { rate: on ? CPU_SLOWDOWN : 1 }),
    close: () => context.close(),
  };
}

/**
 * Only the page being timed is slowed down. A slowed page's renderer slows the other renderers on the machine down
 * too, even while its page is idle: with the bare page's renderer slowed and idle beside it, the app's reload took
 * about 40 ms (a third) longer. Each page would then be timed at more than CPU_SLOWDOWN, by how much depending on
 * this machine.
 */
async function timedSlow<T>(timed: OfflinePage, idle: OfflinePage, measure: (page: Page) => Promise<T>): Promise<T> {
  await idle.slowDown(false);
  await timed.slowDown(true);
  return measure(timed.page);
}

/**
 * Both pages come from the worker's precache with the network cut, so the ratio is what the
 * app's own code costs on top of the worker and Cache Storage. The bare page is robots.txt,
 * which the worker precaches like the app shell.
 */
export async function measureOfflineReload(browser: Browser, base: string, runs = 31): Promise<ReloadFigures> {
  const app = await offlinePage(browser, base, '/?lang=en', RECORDER);
  const bare = await offlinePage(browser, base, '/robots.txt');
  try {
    // One warm-up each: the first offline start also starts the worker.
    await timedSlow(app, bare, appInteractiveMs);
    await timedSlow(bare, app, bareLoadedMs);
    const appTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      appTimes.push(await timedSlow(app, bare, appInteractiveMs));
      bareTimes.push(await timedSlow(bare, app, bareLoadedMs));
    }
    const appMs = median(appTimes);
    const bareMs = median(bareTimes);
    return {
      appMs,
      bareMs,
      ratio: appMs / Math.max(bareMs, 1),
      runs,
      appMiddleHalf: middleHalf(appTimes),
      bareMiddleHalf: middleHalf(bareTimes),
    };
  } finally {
    await app.close();
    await bare.close();
  }
}

export { median };
