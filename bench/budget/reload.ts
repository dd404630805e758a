// Offline reload to interactive under 4× CPU throttling, against a bare static page from the same worker cache.
import type { Browser, Page } from '@playwright/test';

/** 4×: Lighthouse's mobile throttling, roughly a mid-range phone. */
const CPU_SLOWDOWN = 4;

/** tsx keeps function names by calling `__name`, which the page does not have: functions passed to evaluate need it. */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';

export type ReloadFigures = { appMs: number; bareMs: number; ratio: number; runs: number };

/**
 * Set before any script of the page runs: when the first screen's heading appears, and the end of every long task
 * (50 ms or more, as the browser reports them). Preact attaches a screen's handlers as it draws it.
 */
const RECORDER = `
  window.__bench = { heading: 0, longTaskEnd: 0 };
  new MutationObserver((_, observer) => {
    if (document.querySelector('#app h1')) { window.__bench.heading = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__bench.longTaskEnd = Math.max(window.__bench.longTaskEnd, task.startTime + task.duration);
  }).observe({ type: 'longtask' });
`;

/** How long the main thread must have been free of long tasks before the page counts as settled. */
const QUIET_MS = 1000;

/**
 * Time from navigation start until the app is interactive: its first screen drawn, and the last long task of its
 * start (the data layer opening) over, as Lighthouse's "time to interactive" counts it. Until then a tap may wait.
 */
async function appInteractiveMs(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  return page.evaluate(
    (quietMs) =>
      new Promise<number>((resolve) => {
        const bench = (window as unknown as { __bench: { heading: number; longTaskEnd: number } }).__bench;
        const check = (): void => {
          const now = performance.now();
          if (bench.heading > 0 && now - Math.max(bench.heading, bench.longTaskEnd) >= quietMs) {
            resolve(Math.max(bench.heading, bench.longTaskEnd));
          } else setTimeout(check, 100);
        };
        check();
      }),
    QUIET_MS,
  );
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Both pages come from the worker's precache with the network cut, so the ratio is what the
 * app's own code costs on top of the worker and Cache Storage. The bare page is robots.txt,
 * which the worker precaches like the app shell.
 */
export async function measureOfflineReload(browser: Browser, base: string, runs = 15): Promise<ReloadFigures> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  try {
    const app = await context.newPage();
    await app.addInitScript({ content: RECORDER });
    await app.goto(`${base}/?lang=en`);
    await app.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    const bare = await context.newPage();
    await bare.goto(`${base}/robots.txt`);
    for (const page of [app, bare]) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    await context.setOffline(true);
    // One warm-up each: the first offline start also starts the worker.
    await appInteractiveMs(app);
    await bareLoadedMs(bare);
    const appTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      appTimes.push(await appInteractiveMs(app));
      bareTimes.push(await bareLoadedMs(bare));
    }
    const appMs = median(appTimes);
    const bareMs = median(bareTimes);
    return { appMs, bareMs, ratio: appMs / Math.max(bareMs, 1), runs };
  } finally {
    await context.close();
  }
}

export { median };
