import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { measureOfflineReload } from './bench/budget/reload';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';
const PORT = 4194;
for (const outDir of process.argv.slice(2)) {
  const server = await preview({ logLevel: 'silent', build: { outDir }, preview: { port: PORT, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const r = await measureOfflineReload(browser, `http://localhost:${PORT}`);
  console.log(outDir, JSON.stringify(r));
  await browser.close(); await server.close();
}
