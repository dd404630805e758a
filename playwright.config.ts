// End-to-end tests in a real Chromium (Debian's, or CHROMIUM_PATH) against the built app.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
// Separate build folders let several test runs share one checkout.
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // One worker on one preview server: the tests share the intake and the machine has 2 cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the totals line that .ci/run prints.
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
  outputDir: process.env.E2E_OUT_DIR ? `test-results/${process.env.E2E_OUT_DIR}` : 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    // VITE_CONFIG_NATIVE_IGNORE_WARNING silences Vite 8's notice about a future config loader; INTAKE_DEMO turns on
    // the intake's test controls; each build folder has its own intake database, so test runs never share one.
    command: `export VITE_CONFIG_NATIVE_IGNORE_WARNING=true INTAKE_DEMO=1 INTAKE_DATA_DIR=.data/intake-${outDir}; npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    // Ready when the intake's database is: the health check answers 200 only then.
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
