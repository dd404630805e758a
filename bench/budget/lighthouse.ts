// Lighthouse (mobile) on the screens a person meets first: performance and best-practice scores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../tests/support/chromium';

export type LighthouseFigures = {
  screen: string;
  /** The median run's scores (by performance): one run varies by up to 20 points on a small, busy machine. */
  performance: number;
  bestPractices: number;
  accessibility: number;
  totalBlockingMs: number;
  /** Every run's performance score, lowest first. */
  performanceRuns: number[];
};

/** Runs per screen: Lighthouse's own advice for a figure that varies is the median of several. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const CATEGORIES = ['performance', 'best-practices', 'accessibility'];

/**
 * One Chromium with a profile of its own, reachable by Lighthouse on `debugPort`. The
 * wizard lives at a draft's address: the draft is made first, in the profile Lighthouse uses.
 */
export async function lighthouseScreens(
  base: string,
  chromePath: string,
  debugPort: number,
  makeDraft: (context: BrowserContext) => Promise<string>,
): Promise<LighthouseFigures[]> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`],
  });
  try {
    const draftPath = await makeDraft(context);
    const screens: Array<{ screen: string; path: string; keepStorage: boolean }> = [
      { screen: 'start page', path: '/?lang=en', keepStorage: false },
      { screen: 'wizard', path: `${draftPath}?lang=en`, keepStorage: true },
      { screen: 'IMEI check', path: '/check?lang=en', keepStorage: false },
      { screen: 'verdict guide', path: '/verdicts?lang=en', keepStorage: false },
    ];
    const figures: LighthouseFigures[] = [];
    for (const { screen, path, keepStorage } of screens) {
      const runs: Omit<LighthouseFigures, 'performanceRuns'>[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const result = await lighthouse(`${base}${path}`, {
          port: debugPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          disableStorageReset: keepStorage,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${screen}`);
        const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        runs.push({
          screen,
          performance: score('performance'),
          bestPractices: score('best-practices'),
          accessibility: score('accessibility'),
          totalBlockingMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        });
      }
      runs.sort((a, b) => a.performance - b.performance);
      // The middle run; with an even count, the lower of the two middle ones.
      const median = runs[Math.floor((runs.length - 1) / 2)];
      if (!median) throw new Error(`Lighthouse ran no time for ${screen}`);
      figures.push({ ...median, performanceRuns: runs.map((run) => run.performance) });
    }
    return figures;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
